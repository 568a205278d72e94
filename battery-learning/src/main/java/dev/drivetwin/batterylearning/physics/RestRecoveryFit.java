package dev.drivetwin.batterylearning.physics;

import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.EvaluationRmsChecker;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Least-squares fits of {@link RestRecoveryFade} to measured cycles, as open-loop trajectories: the law runs from
 * cycle 1 through each cell's rest schedule and only its capacities are compared, so the fitted law forecasts
 * from the schedule alone. Levenberg-Marquardt (Hipparchus) with a forward-difference Jacobian, from six starting
 * points (β2 of 5, 15 and 40 h, ρ of 0.5 and 0.9; the recovery's rest scale is poorly determined by a handful of
 * long rests, so one start can stop in a worse valley), keeping the least sum of squares: deterministic.
 *
 * <p>Internally capacities are relative to the first cell's first capacity and β2 is in hours, so that all
 * parameters are of order 1 to 100 for the optimiser.
 */
public final class RestRecoveryFit {
    private static final double HOUR = 3600;
    private static final double[] START_REST_SCALES = {5, 15, 40}; // [h]
    private static final double[] START_RETENTIONS = {0.5, 0.9};
    /** Search box: [C1 or ignored, η, ρ, β1, β2 [h]]. */
    private static final double[] LOW = {0.1, 0.9, 0, 0, 0.1};
    private static final double[] HIGH = {10, 1.01, 0.999, 1, 1000};

    private RestRecoveryFit() {
    }

    /** C1, η and (by form) ρ, β1, β2 from one cell's history. */
    public static RestRecoveryFade fit(CellHistory cell, FadeLawForm form) {
        return fit(List.of(cell), form, false);
    }

    /**
     * One shape (η, ρ, β1, β2) for several cells, each trajectory starting at the cell's own measured first
     * capacity: the cross-cell case. The law returned starts at the first cell's capacity; use
     * {@link RestRecoveryFade#scaledTo(double)} for another cell.
     */
    public static RestRecoveryFade fitShape(List<CellHistory> cells, FadeLawForm form) {
        return fit(cells, form, true);
    }

    private static RestRecoveryFade fit(List<CellHistory> cells, FadeLawForm form, boolean ownFirstCapacity) {
        double unit = cells.get(0).capacities()[0];
        Problem problem = new Problem(cells, form, ownFirstCapacity, unit);
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double restScale : START_REST_SCALES) {
            for (double retention : START_RETENTIONS) {
                double[] start = {1, 0.997, retention, 0.03, restScale};
                LeastSquaresOptimizer.Optimum optimum = optimise(problem, start);
                if (optimum.getCost() < bestCost) {
                    bestCost = optimum.getCost();
                    best = optimum.getPoint().toArray();
                }
            }
        }
        return problem.law(best);
    }

    private static LeastSquaresOptimizer.Optimum optimise(Problem problem, double[] start) {
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .model(point -> problem.valueAndJacobian(point.toArray()))
                .parameterValidator(RestRecoveryFit::withinBox)
                .target(problem.target()).start(start).maxEvaluations(2000).maxIterations(2000)
                .checker(new EvaluationRmsChecker(1e-12, 1e-10));
        return new LevenbergMarquardtOptimizer().optimize(builder.build());
    }

    private static RealVector withinBox(RealVector point) {
        double[] p = point.toArray();
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.max(LOW[j], Math.min(HIGH[j], p[j]));
        }
        return new ArrayRealVector(p, false);
    }

    /** The cells in relative units and which parameters the form frees. */
    private record Problem(List<CellHistory> cells, FadeLawForm form, boolean ownFirstCapacity, double unit) {
        RestRecoveryFade law(double[] p) {
            double c1 = ownFirstCapacity ? cells.get(0).capacities()[0] : p[0] * unit;
            double retention = form == FadeLawForm.SAHA_GOEBEL ? p[1] : p[2];
            double gain = form == FadeLawForm.PLAIN_FADE ? 0 : p[3] * unit;
            return new RestRecoveryFade(c1, p[1], Math.min(1, retention), gain, p[4] * HOUR);
        }

        double[] target() {
            return cells.stream().flatMapToDouble(c -> Arrays.stream(c.capacities()))
                    .map(c -> c / unit).toArray();
        }

        double[] value(double[] p) {
            RestRecoveryFade law = law(p);
            double[] all = new double[target().length];
            int k = 0;
            for (CellHistory cell : cells) {
                RestRecoveryFade own = ownFirstCapacity ? law.scaledTo(cell.capacities()[0]) : law;
                for (double c : own.capacities(cell.restTimes())) {
                    all[k++] = c / unit;
                }
            }
            return all;
        }

        /** Forward differences: the law is a smooth recursion, and a step of 1e-7 relative is well above noise. */
        Pair<RealVector, RealMatrix> valueAndJacobian(double[] p) {
            double[] v = value(p);
            double[][] jacobian = new double[v.length][p.length];
            for (int j = 0; j < p.length; j++) {
                double[] q = p.clone();
                double h = 1e-7 * Math.max(1, Math.abs(p[j]));
                q[j] += h;
                double[] vq = value(q);
                for (int k = 0; k < v.length; k++) {
                    jacobian[k][j] = (vq[k] - v[k]) / h;
                }
            }
            return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jacobian, false));
        }
    }
}
