package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * How close to the test capacities a model could come at all, as references for an accuracy target. All three
 * read the measured test capacities, so none is a model the experiment could choose:
 * <ul>
 * <li>{@code noise}: the scatter of the measurements themselves, from second differences of consecutive cycles
 * between regular rests (difference-based variance estimate, T. Gasser, L. Sroka and C. Jennen-Steinmetz,
 * "Residual variance and residual pattern in nonlinear regression", Biometrika 73, 1986: for a locally linear
 * trend, C_{k-2} - 2·C_{k-1} + C_k has variance 6σ²);</li>
 * <li>{@code oneCycleAhead}: the fade law told every measured capacity, forecasting only the next cycle:
 * its fading part restarted from the last measurement, Ĉ_k = C_law,k + η·(C_{k-1} - C_law,k-1);</li>
 * <li>{@code linearOnTest}: ordinary least squares of the capacity on the network inputs, fitted to the test cycles
 * themselves (in-sample).</li>
 * </ul>
 *
 * @param noise σ of the measurement scatter [C]
 * @param noiseCycles how many second differences it rests on
 * @param oneCycleAhead RMSE of the law told each measured capacity [C]
 * @param linearOnTest in-sample RMSE of the least-squares fit to the test cycles [C]
 */
public record AttainableAccuracy(double noise, int noiseCycles, double oneCycleAhead, double linearOnTest) {
    private static final double AH = 3600;
    /** A rest up to this multiple of the test cycles' median rest counts as regular: no recovery to speak of. */
    private static final double REGULAR_REST = 1.5;

    /**
     * The references for a chronological split, with the fade law of {@code form} fitted to its training cycles as
     * in {@link CapacityExperiment#chronological}.
     *
     * @param featureSet the inputs whose linear fit is measured
     */
    public static AttainableAccuracy chronological(Split split, FadeLawForm form, FeatureSet featureSet) {
        CapacityExperiment.Setup setup = CapacityExperiment.chronologicalSetup("references", split, form);
        List<NasaCycle> test = setup.test();
        Scatter scatter = Scatter.of(CapacityExperiment.capacities(test), CapacityExperiment.restTimes(test));
        return new AttainableAccuracy(scatter.sigma(), scatter.differences(), oneCycleAhead(setup.testHistory(), test,
                setup.law()), linearFit(test, featureSet));
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

    static double oneCycleAhead(List<NasaCycle> history, List<NasaCycle> test, RestRecoveryFade law) {
        List<NasaCycle> cell = new ArrayList<>(history);
        cell.addAll(test);
        double[] lawCapacity = law.capacities(CapacityExperiment.restTimes(cell));
        double[] measured = CapacityExperiment.capacities(cell);
        double squares = 0;
        for (int k = history.size(); k < cell.size(); k++) {
            double forecast = lawCapacity[k] + law.fade() * (measured[k - 1] - lawCapacity[k - 1]);
            squares += (forecast - measured[k]) * (forecast - measured[k]);
        }
        return Math.sqrt(squares / test.size());
    }

    /**
     * In-sample RMSE of capacity ≈ a + Σ b_j·x_j over the cycles; NaN when there are no more cycles than
     * coefficients (the fit would be exact and say nothing). Inputs are standardised for the QR solve; an input
     * that is constant over these cycles (the 1C discharge rate) is left out, as the intercept carries it.
     */
    static double linearFit(List<NasaCycle> cycles, FeatureSet featureSet) {
        int width = featureSet.names(ModelKind.DATA_ONLY).size();
        double[][] inputs = new double[cycles.size()][width];
        for (int k = 0; k < cycles.size(); k++) {
            featureSet.write(cycles.get(k).conditions(), ModelKind.DATA_ONLY, 0, inputs[k]);
        }
        List<double[]> columns = standardisedVaryingColumns(inputs);
        if (cycles.size() <= columns.size() + 1) {
            return Double.NaN;
        }
        DMatrixRMaj a = new DMatrixRMaj(cycles.size(), columns.size() + 1);
        for (int k = 0; k < cycles.size(); k++) {
            a.set(k, 0, 1);
            for (int j = 0; j < columns.size(); j++) {
                a.set(k, j + 1, columns.get(j)[k]);
            }
        }
        DMatrixRMaj y = new DMatrixRMaj(CapacityExperiment.capacities(cycles));
        DMatrixRMaj coefficients = new DMatrixRMaj(a.numCols, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(a.numRows, a.numCols);
        solver.setA(a);
        solver.solve(y, coefficients);
        DMatrixRMaj fitted = new DMatrixRMaj(a.numRows, 1);
        CommonOps_DDRM.mult(a, coefficients, fitted);
        double squares = 0;
        for (int k = 0; k < a.numRows; k++) {
            double e = fitted.get(k) - y.get(k);
            squares += e * e;
        }
        return Math.sqrt(squares / a.numRows);
    }

    private static List<double[]> standardisedVaryingColumns(double[][] inputs) {
        List<double[]> columns = new ArrayList<>();
        for (int j = 0; j < inputs[0].length; j++) {
            double[] column = new double[inputs.length];
            for (int k = 0; k < inputs.length; k++) {
                column[k] = inputs[k][j];
            }
            double mean = Arrays.stream(column).average().orElseThrow();
            double spread = Math.sqrt(Arrays.stream(column).map(v -> (v - mean) * (v - mean)).average()
                    .orElseThrow());
            if (spread > 1e-12 * Math.max(1, Math.abs(mean))) {
                columns.add(Arrays.stream(column).map(v -> (v - mean) / spread).toArray());
            }
        }
        return columns;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A markdown table of the three references in Ah; "n/a" where the test cycles are too few for one. */
    public String table(String label) {
        return String.format(Locale.ROOT, "%s: how close any model could come (each reads the test capacities, so"
                + " none is eligible)%n%n| reference | RMSE or σ [Ah] |%n|---|---|%n"
                + "| measurement scatter σ (second differences, %d cycles between regular rests) | %s |%n"
                + "| fade law told every measured capacity, one cycle ahead | %s |%n"
                + "| least squares on the network inputs, fitted to the test cycles | %s |%n", label, noiseCycles,
                ampereHours(noise), ampereHours(oneCycleAhead), ampereHours(linearOnTest));
    }

    private static String ampereHours(double charge) {
        return Double.isNaN(charge) ? "n/a" : String.format(Locale.ROOT, "%.4f", charge / AH);
    }
}
