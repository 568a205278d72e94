package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.util.List;

/**
 * The content of a residual capacity model file (format {@value #FORMAT}, version {@value #VERSION}): the fade law,
 * the feature names and their scaling, the target scaling, the uncertainty calibration and the ensemble's weights. A
 * network's output o maps to the target as targetMean + targetScale·o, in coulombs [C]. Immutable.
 *
 * @param format always {@value #FORMAT}
 * @param version always {@value #VERSION}; a reader refuses other versions rather than misreading them
 * @param source the data and command the model was trained with
 * @param kind what the networks predict
 * @param featureNames network inputs in order; must be those of a {@link FeatureSet} for {@code kind}
 * @param inputs scaling of the features, learned on the training cycles
 * @param targetMean [C]
 * @param targetScale [C]
 * @param physics the fade law C_physics (since version 2; version 1 held a power law of cycle number)
 * @param uncertaintyScale [1] the factor s that turns the ensemble's standard deviation into a calibrated 1-σ
 *        uncertainty, fitted on validation cycles (σ scaling, Levi et al. 2019; since version 3, version 2 files
 *        read as 1, the bare ensemble spread)
 * @param members the ensemble, at least one network
 */
public record ResidualModel(String format, int version, String source, ModelKind kind, List<String> featureNames,
        Standardisation inputs, double targetMean, double targetScale, RestRecoveryFade physics,
        double uncertaintyScale, List<NetworkWeights> members) {
    public static final String FORMAT = "drivetwin-residual-capacity";
    public static final int VERSION = 3;

    public ResidualModel {
        require(FORMAT.equals(format), "format is '" + format + "', expected '" + FORMAT + "'");
        require(version == VERSION, "version " + version + " is not the supported " + VERSION);
        BatteryException.requireText("source", source);
        require(kind != null, "kind missing");
        require(FeatureSet.of(kind, featureNames).isPresent(), "featureNames " + featureNames + " are those of"
                + " no feature set of a " + kind + " model: " + FeatureSet.FORECAST.names(kind) + " or "
                + FeatureSet.ESTIMATE.names(kind));
        require(inputs != null && inputs.size() == featureNames.size(), "inputs must scale "
                + featureNames.size() + " features");
        require(Double.isFinite(targetMean), "targetMean = " + targetMean + " must be finite");
        BatteryException.requirePositive("targetScale", targetScale);
        require(physics != null, "physics missing");
        BatteryException.requirePositive("uncertaintyScale", uncertaintyScale);
        require(members != null && !members.isEmpty(), "no ensemble members");
        members = List.copyOf(members);
        for (int k = 0; k < members.size(); k++) {
            require(members.get(k).inputs() == featureNames.size(), "member " + k + " takes "
                    + members.get(k).inputs() + " inputs, not " + featureNames.size());
        }
        featureNames = List.copyOf(featureNames);
    }

    /** This model with another uncertainty calibration (see {@link #uncertaintyScale}). */
    public ResidualModel withUncertaintyScale(double scale) {
        return new ResidualModel(format, version, source, kind, featureNames, inputs, targetMean, targetScale,
                physics, scale, members);
    }

    /** The feature set the networks take, recognised from {@link #featureNames}. */
    public FeatureSet featureSet() {
        return FeatureSet.of(kind, featureNames).orElseThrow();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, FORMAT, message);
        }
    }
}
