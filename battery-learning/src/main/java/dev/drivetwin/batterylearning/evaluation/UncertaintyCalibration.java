package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the factor s that turns an ensemble's standard deviation u into a calibrated 1-σ uncertainty σ = s·u, on
 * validation cycles only (σ scaling: D. Levi, L. Gispan, N. Giladi and E. Fetaya, "Evaluating and calibrating
 * uncertainty prediction in regression tasks", 2019, arXiv:1905.11659; the idea of recalibrating on held-out data
 * is that of V. Kuleshov, N. Fenner and S. Ermon, "Accurate Uncertainties for Deep Learning Using Calibrated
 * Regression", ICML 2018).
 *
 * <p>The validation cycles are those of {@link HyperParameterSelection}: the model is refitted with the chosen
 * fade law and settings on the first 80 % of the training cycles and its residuals r = C_measured - C_model on the
 * rest are compared with its spread u, or, across cells, pooled over the leave-one-training-cell-out folds. Under
 * r ~ N(0, (s·u)²) the maximum-likelihood s is sqrt(mean(r²/u²)), which has a closed form
 * and cannot move the capacity estimate itself. The factor carries over to the model trained on all the training
 * cycles on the assumption that the spread of that model relates to its error as the refitted one's did.
 */
public final class UncertaintyCalibration {
    private UncertaintyCalibration() {
    }

    /**
     * Maximum-likelihood σ scaling of a normal error model, sqrt(mean(r²/u²)) [1]. Cycles with u = 0 carry no
     * information on the factor and are left out; with none left (one-member ensembles) the factor is 1.
     *
     * @param residuals r, measured minus predicted [C]
     * @param spreads u, the ensemble's standard deviation on the same cycles [C]
     */
    public static double scale(double[] residuals, double[] spreads) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < residuals.length; k++) {
            if (spreads[k] > 0) {
                double z = residuals[k] / spreads[k];
                sum += z * z;
                n++;
            }
        }
        return n == 0 ? 1 : Math.sqrt(sum / n);
    }

    /** The factor for a model trained on {@code training} of one cell, from its last 20 % as validation cycles. */
    public static double chronological(String label, List<NasaCycle> training, FadeLawForm form, ModelKind kind,
            FeatureSet featureSet, TrainingSettings settings) {
        return fit(List.of(HyperParameterSelection.validationSetup(label, training, form)), kind, featureSet,
                settings);
    }

    /** The factor for a model trained on these cells, pooled over the leave-one-cell-out folds. */
    public static double acrossCells(String label, List<List<NasaCycle>> cells, FadeLawForm form, ModelKind kind,
            FeatureSet featureSet, TrainingSettings settings) {
        return fit(HyperParameterSelection.validationFolds(label, cells, form), kind, featureSet, settings);
    }

    static double fit(List<CapacityExperiment.Setup> validation, ModelKind kind, FeatureSet featureSet,
            TrainingSettings settings) {
        List<Double> residuals = new ArrayList<>();
        List<Double> spreads = new ArrayList<>();
        for (CapacityExperiment.Setup setup : validation) {
            ResidualModel model = CapacityExperiment.train(setup, kind, featureSet, settings);
            List<CapacityEstimate> estimates = CapacityExperiment.testEstimates(setup, model);
            for (int k = 0; k < estimates.size(); k++) {
                residuals.add(setup.test().get(k).capacity() - estimates.get(k).capacity());
                // the freshly trained model's scale is 1, so its uncertainty is the bare spread
                spreads.add(estimates.get(k).uncertainty());
            }
        }
        return scale(residuals.stream().mapToDouble(Double::doubleValue).toArray(),
                spreads.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
