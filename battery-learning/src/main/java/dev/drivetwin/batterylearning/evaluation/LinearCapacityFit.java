package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ordinary least squares of the capacity on the inputs of a {@link ModelKind} model, C ≈ a + Σ b_j·z_j with z_j
 * the inputs standardised over the fitted cycles (for a well-conditioned QR solve). An input constant over the
 * fitted cycles (the 1C discharge rate) is left out, as the intercept carries it. Immutable.
 */
final class LinearCapacityFit {
    private final FeatureSet featureSet;
    private final ModelKind kind;
    private final List<Integer> varying;
    private final double[] mean;
    private final double[] spread;
    private final double[] coefficients; // intercept first, then one per varying input

    private LinearCapacityFit(FeatureSet featureSet, ModelKind kind, List<Integer> varying, double[] mean,
            double[] spread, double[] coefficients) {
        this.featureSet = featureSet;
        this.kind = kind;
        this.varying = varying;
        this.mean = mean;
        this.spread = spread;
        this.coefficients = coefficients;
    }

    /**
     * The fit to {@code cycles}, or empty when they are no more than the coefficients (the fit would be exact and
     * say nothing).
     *
     * @param physics C_physics of each cycle [C], read for a {@link ModelKind#HYBRID} model only
     */
    static Optional<LinearCapacityFit> of(List<NasaCycle> cycles, double[] physics, FeatureSet featureSet,
            ModelKind kind) {
        double[][] x = inputs(cycles, physics, featureSet, kind);
        int width = x[0].length;
        double[] mean = new double[width];
        double[] spread = new double[width];
        List<Integer> varying = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            for (double[] row : x) {
                mean[j] += row[j] / x.length;
            }
            for (double[] row : x) {
                spread[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
            spread[j] = Math.sqrt(spread[j]);
            if (spread[j] > 1e-12 * Math.max(1, Math.abs(mean[j]))) {
                varying.add(j);
            }
        }
        if (cycles.size() <= varying.size() + 1) {
            return Optional.empty();
        }
        LinearCapacityFit unfitted = new LinearCapacityFit(featureSet, kind, varying, mean, spread, null);
        DMatrixRMaj a = unfitted.design(x);
        DMatrixRMaj coefficients = new DMatrixRMaj(a.numCols, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(a.numRows, a.numCols);
        solver.setA(a);
        solver.solve(new DMatrixRMaj(CapacityExperiment.capacities(cycles)), coefficients);
        return Optional.of(new LinearCapacityFit(featureSet, kind, varying, mean, spread, coefficients.getData()));
    }

    /** RMSE of the fitted line on {@code cycles} [C]. */
    double rmse(List<NasaCycle> cycles, double[] physics) {
        DMatrixRMaj a = design(inputs(cycles, physics, featureSet, kind));
        double[] measured = CapacityExperiment.capacities(cycles);
        double squares = 0;
        for (int k = 0; k < a.numRows; k++) {
            double predicted = 0;
            for (int j = 0; j < a.numCols; j++) {
                predicted += a.get(k, j) * coefficients[j];
            }
            squares += (predicted - measured[k]) * (predicted - measured[k]);
        }
        return Math.sqrt(squares / a.numRows);
    }

    private DMatrixRMaj design(double[][] x) {
        DMatrixRMaj a = new DMatrixRMaj(x.length, varying.size() + 1);
        for (int k = 0; k < x.length; k++) {
            a.set(k, 0, 1);
            for (int c = 0; c < varying.size(); c++) {
                int j = varying.get(c);
                a.set(k, c + 1, (x[k][j] - mean[j]) / spread[j]);
            }
        }
        return a;
    }

    private static double[][] inputs(List<NasaCycle> cycles, double[] physics, FeatureSet featureSet,
            ModelKind kind) {
        double[][] x = new double[cycles.size()][featureSet.names(kind).size()];
        for (int k = 0; k < cycles.size(); k++) {
            featureSet.write(cycles.get(k).conditions(), kind, physics[k], x[k]);
        }
        return x;
    }
}
