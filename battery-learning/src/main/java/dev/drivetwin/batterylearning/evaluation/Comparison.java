package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.training.TrainingSettings;
import java.util.Locale;

/**
 * One train/test experiment: the three models' errors on the test cycles and the settings they were trained
 * with.
 *
 * @param uncertaintyScale the hybrid's calibration factor, fitted on validation cycles [1]
 * @param bare the hybrid's test-cycle coverage with σ = the ensemble's standard deviation (before calibration)
 * @param calibrated the same with σ = uncertaintyScale × the standard deviation (what the FMU outputs)
 */
public record Comparison(String label, int trainingCycles, int testCycles, Metrics physics, Metrics dataOnly,
        Metrics hybrid, double uncertaintyScale, IntervalCoverage bare, IntervalCoverage calibrated,
        TrainingSettings hybridSettings,
        TrainingSettings dataOnlySettings) {
    private static final double AH = 3600;

    /** A markdown table of RMSE, MAE [Ah], MAPE [%] and R² [1] for the three models. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: trained on %d cycles, tested on %d%n%n", label, trainingCycles,
                testCycles));
        s.append("| model | RMSE [Ah] | MAE [Ah] | MAPE [%] | R² [1] |\n|---|---|---|---|---|\n");
        row(s, "physics only (rest-recovery fade)", physics);
        row(s, "ML only (" + dataOnlySettings.hiddenWidths() + ", " + dataOnlySettings.epochs() + " epochs)",
                dataOnly);
        row(s, "hybrid (" + hybridSettings.hiddenWidths() + ", " + hybridSettings.epochs() + " epochs)", hybrid);
        s.append(String.format(Locale.ROOT, "%nhybrid uncertainty on the test cycles (calibration factor %.2f, fitted on"
                + " validation cycles):%n%n| σ | within ±1σ [%%] | within ±2σ [%%] | mean σ [Ah] | NLL [1] |%n"
                + "|---|---|---|---|---|%n", uncertaintyScale));
        coverageRow(s, "ensemble spread (before)", bare);
        coverageRow(s, "calibrated (after)", calibrated);
        return s.toString();
    }

    private static void coverageRow(StringBuilder s, String name, IntervalCoverage c) {
        s.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.4f | %.2f |%n", name, 100 * c.withinOneSigma(),
                100 * c.withinTwoSigma(), c.meanSigma() / AH, c.negativeLogLikelihood()));
    }

    private static void row(StringBuilder s, String name, Metrics m) {
        s.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.2f | %.3f |%n", name, m.rmse() / AH,
                m.mae() / AH, 100 * m.mape(), m.r2()));
    }
}
