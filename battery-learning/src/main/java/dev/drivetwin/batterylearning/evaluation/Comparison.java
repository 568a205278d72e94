package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.training.TrainingSettings;
import java.util.Locale;

/**
 * One train/test experiment: the three models' errors on the test cycles and the settings they were trained
 * with.
 *
 * @param meanUncertainty mean ensemble standard deviation of the hybrid model over the test cycles [C]
 */
public record Comparison(String label, int trainingCycles, int testCycles, Metrics physics, Metrics dataOnly,
        Metrics hybrid, double meanUncertainty, TrainingSettings hybridSettings,
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
        s.append(String.format(Locale.ROOT, "%nhybrid ensemble standard deviation, mean over the test cycles: %.4f Ah"
                + "%n", meanUncertainty / AH));
        return s.toString();
    }

    private static void row(StringBuilder s, String name, Metrics m) {
        s.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.2f | %.3f |%n", name, m.rmse() / AH,
                m.mae() / AH, 100 * m.mape(), m.r2()));
    }
}
