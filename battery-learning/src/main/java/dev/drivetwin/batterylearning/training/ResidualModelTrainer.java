package dev.drivetwin.batterylearning.training;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.NetworkWeights;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import dev.drivetwin.fmubattery.residual.Standardisation;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains an ensemble on measured cycles and packs it as a {@link ResidualModel}: features and target are
 * standardised with the training cycles' mean and standard deviation (stored in the model), the target being
 * C - C_physics for {@link ModelKind#HYBRID} and C for {@link ModelKind#DATA_ONLY}. The uncertainty is left
 * uncalibrated (scale 1); calibration needs validation cycles, see {@code UncertaintyCalibration}.
 */
public final class ResidualModelTrainer {
    private ResidualModelTrainer() {
    }

    /**
     * @param cycles the training cycles
     * @param physicsCapacities C_physics of each training cycle [C] (from each cell's own law in cross-cell runs)
     * @param physics the law the model applies when it predicts
     */
    public static ResidualModel train(List<NasaCycle> cycles, double[] physicsCapacities, RestRecoveryFade physics,
            ModelKind kind, FeatureSet featureSet, TrainingSettings settings, String source) {
        double[][] features = features(cycles, physicsCapacities, kind, featureSet);
        Standardisation inputs = Standardisation.of(features);
        double[][] scaled = new double[features.length][features[0].length];
        for (int k = 0; k < features.length; k++) {
            inputs.apply(features[k], scaled[k]);
        }
        double[] target = new double[cycles.size()];
        for (int k = 0; k < target.length; k++) {
            double baseline = kind == ModelKind.HYBRID ? physicsCapacities[k] : 0;
            target[k] = cycles.get(k).capacity() - baseline;
        }
        Standardisation targetScaling = Standardisation.of(column(target));
        double targetMean = targetScaling.mean()[0];
        double targetScale = targetScaling.scale()[0];
        double[] scaledTarget = new double[target.length];
        for (int k = 0; k < target.length; k++) {
            scaledTarget[k] = (target[k] - targetMean) / targetScale;
        }
        List<NetworkWeights> members = new ArrayList<>();
        for (int m = 0; m < settings.ensembleSize(); m++) {
            try (TrainedNetwork network = NetworkTrainer.train(scaled, scaledTarget, settings, settings.seed() + m)) {
                members.add(network.weights());
            }
        }
        return new ResidualModel(ResidualModel.FORMAT, ResidualModel.VERSION, source, kind,
                featureSet.names(kind), inputs, targetMean, targetScale, physics, 1, members);
    }

    static double[][] features(List<NasaCycle> cycles, double[] physicsCapacities, ModelKind kind,
            FeatureSet featureSet) {
        int width = featureSet.names(kind).size();
        double[][] rows = new double[cycles.size()][width];
        for (int k = 0; k < rows.length; k++) {
            featureSet.write(cycles.get(k).conditions(), kind, physicsCapacities[k], rows[k]);
        }
        return rows;
    }

    private static double[][] column(double[] values) {
        double[][] rows = new double[values.length][1];
        for (int k = 0; k < values.length; k++) {
            rows[k][0] = values[k];
        }
        return rows;
    }
}
