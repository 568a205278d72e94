package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How close to the test capacities a model could come at all, as references for an accuracy target. Each reads
 * the measured test capacities, so none is a model the experiment could choose:
 * <ul>
 * <li>{@code noise}: the scatter of the measurements themselves, from second differences of consecutive cycles
 * between regular rests (difference-based variance estimate, T. Gasser, L. Sroka and C. Jennen-Steinmetz,
 * "Residual variance and residual pattern in nonlinear regression", Biometrika 73, 1986: for a locally linear
 * trend, C_{k-2} - 2·C_{k-1} + C_k has variance 6σ²);</li>
 * <li>{@code oneCycleAhead}: the fade law told every measured capacity, forecasting only the next cycle:
 * its fading part restarted from the last measurement, Ĉ_k = C_law,k + η·(C_{k-1} - C_law,k-1);</li>
 * <li>{@code linearOnTest}, {@code linearOnTestWithPhysics}: ordinary least squares of the capacity on the
 * ML-only model's inputs, and on the hybrid's (the same and C_physics, the law's open-loop forecast), fitted to the
 * test cycles themselves (in-sample).</li>
 * </ul>
 *
 * @param noise σ of the measurement scatter [C]
 * @param noiseCycles how many second differences it rests on
 * @param oneCycleAhead RMSE of the law told each measured capacity [C]
 * @param linearOnTest in-sample RMSE of the least-squares fit to the test cycles on the ML-only inputs [C]
 * @param linearOnTestWithPhysics the same on the hybrid's inputs [C]
 * @param linearFromTraining for contrast, an eligible model: the same least squares on the hybrid's inputs fitted to
 *        the training cycles, its RMSE on the test cycles [C]
 */
public record AttainableAccuracy(double noise, int noiseCycles, double oneCycleAhead, double linearOnTest,
        double linearOnTestWithPhysics, double linearFromTraining) {
    private static final double AH = 3600;
    /** A rest up to this multiple of the test cycles' median rest counts as regular: no recovery to speak of. */
    private static final double REGULAR_REST = 1.5;

    /**
     * The references for a chronological split, with the fade law of {@code form} fitted to its training cycles as
     * in {@link CapacityExperiment#chronological}.
     *
     * @param featureSet the network inputs whose linear fit is measured
     */
    public static AttainableAccuracy chronological(Split split, FadeLawForm form, FeatureSet featureSet) {
        CapacityExperiment.Setup setup = CapacityExperiment.chronologicalSetup("references", split, form);
        List<NasaCycle> cell = new ArrayList<>(setup.testHistory());
        cell.addAll(setup.test());
        double[] measured = CapacityExperiment.capacities(cell);
        double[] law = setup.law().capacities(CapacityExperiment.restTimes(cell));
        int first = setup.testHistory().size();
        List<NasaCycle> test = setup.test();
        double[] testPhysics = Arrays.copyOfRange(law, first, law.length);
        Scatter scatter = Scatter.of(CapacityExperiment.capacities(test), CapacityExperiment.restTimes(test));
        return new AttainableAccuracy(scatter.sigma(), scatter.differences(),
                oneCycleAhead(measured, law, setup.law().fade(), first),
                linearFit(test, featureSet, ModelKind.DATA_ONLY, testPhysics),
                linearFit(test, featureSet, ModelKind.HYBRID, testPhysics),
                LinearCapacityFit.of(setup.training(), setup.physics(), featureSet, ModelKind.HYBRID)
                        .map(f -> f.rmse(test, testPhysics)).orElse(Double.NaN));
    }

    /**
     * σ of the measurements from the second differences whose three cycles all followed a regular rest; NaN when
     * there is none.
     */
    record Scatter(double sigma, int differences) {
        static Scatter of(double[] capacity, double[] rest) {
            double regular = REGULAR_REST * median(rest);
            double squares = 0;
            int n = 0;
            for (int k = 2; k < capacity.length; k++) {
                if (rest[k - 2] <= regular && rest[k - 1] <= regular && rest[k] <= regular) {
                    double d = capacity[k - 2] - 2 * capacity[k - 1] + capacity[k];
                    squares += d * d;
                    n++;
                }
            }
            return new Scatter(n > 0 ? Math.sqrt(squares / (6.0 * n)) : Double.NaN, n);
        }
    }

    /**
     * RMSE over cycles {@code first}.. of the law told each measured capacity.
     *
     * @param measured a cell's capacities from cycle 1 [C]
     * @param law the law's open-loop capacities of the same cycles [C]
     * @param fade the law's η [1]
     */
    static double oneCycleAhead(double[] measured, double[] law, double fade, int first) {
        double squares = 0;
        for (int k = first; k < measured.length; k++) {
            double forecast = law[k] + fade * (measured[k - 1] - law[k - 1]);
            squares += (forecast - measured[k]) * (forecast - measured[k]);
        }
        return Math.sqrt(squares / (measured.length - first));
    }

    /** In-sample RMSE of the least-squares fit to {@code cycles}, NaN when they are too few for one. */
    static double linearFit(List<NasaCycle> cycles, FeatureSet featureSet, ModelKind kind, double[] physics) {
        return LinearCapacityFit.of(cycles, physics, featureSet, kind).map(f -> f.rmse(cycles, physics))
                .orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A markdown table of the references in Ah; "n/a" where the test cycles are too few for one. */
    public String table(String label) {
        return String.format(Locale.ROOT, "%s: how close any model could come (each reads the test capacities, so"
                + " none is eligible)%n%n| reference | RMSE or σ [Ah] |%n|---|---|%n"
                + "| measurement scatter σ (second differences, %d cycles between regular rests) | %s |%n"
                + "| fade law told every measured capacity, one cycle ahead | %s |%n"
                + "| least squares on the ML-only inputs, fitted to the test cycles | %s |%n"
                + "| least squares on the hybrid's inputs (with C_physics), fitted to the test cycles | %s |%n%n"
                + "For contrast, the same least squares fitted to the training cycles misses the test cycles by %s Ah.%n",
                label, noiseCycles, ampereHours(noise), ampereHours(oneCycleAhead), ampereHours(linearOnTest),
                ampereHours(linearOnTestWithPhysics), ampereHours(linearFromTraining));
    }

    private static String ampereHours(double charge) {
        return Double.isNaN(charge) ? "n/a" : String.format(Locale.ROOT, "%.4f", charge / AH);
    }
}
