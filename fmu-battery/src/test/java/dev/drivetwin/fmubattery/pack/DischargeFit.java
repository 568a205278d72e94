package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.cell.CellState;
import dev.drivetwin.fmubattery.cell.TheveninCell;
import java.util.Locale;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.EvaluationRmsChecker;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Least-squares fit of the Thevenin circuit (OCV nodes on {@link #SOC_AXIS}, R0, R1, τ1, R2, τ2 and R1 at SOC 0;
 * no temperature dependence) to one measured discharge, with Hipparchus's Levenberg-Marquardt optimizer.
 *
 * <p>The model evaluated is {@link TheveninCell#stepConstantCurrent}, the closed-form solution of the cell's
 * equations with the measured current held between samples, so a whole record costs a few hundred closed-form steps; the
 * Jacobian is taken by forward differences on that simulation.
 *
 * <p>Identifiability: capacity is not a free parameter but the charge the record delivered (coulomb count), so SOC
 * runs from 1 at the start (rest after the CC-CV charge to 4.2 V) to about 0 at the end of the record; with free OCV
 * nodes, capacity and the OCV curve's SOC scale could not be told apart from one discharge. Resistances and time
 * constants are fitted as logarithms, and τ2 as τ1 + e^p, so every R and τ stays positive and τ1 < τ2 (the fast
 * pair stays the fast one). Under constant current the OCV curve and the steady polarisation trade off, and only the
 * load step at SOC 1 and the relaxation at SOC 0 separate them; with R constant over SOC the relaxation after the
 * cut-off forced a large resistance everywhere and an OCV above the charge voltage, so R1 (with τ1 held) rises
 * linearly below {@link #R1_KNEE} to a fitted value at SOC 0. Parameter vector: [ln R0, ln R1, ln τ1, ln R2, ln(τ2 - τ1), ln R1(SOC 0), OCV nodes...].
 */
final class DischargeFit {
    /** SOC nodes of the OCV curve: denser below 0.1, where the curve bends down to the cut-off. */
    static final double[] SOC_AXIS = {0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
        1.0};
    /** Below this SOC, R1 rises linearly to its value at SOC 0 (the polarisation at the end of discharge). */
    static final double R1_KNEE = 0.1;
    /** The preset's temperature axis [K]; the fitted values are the same at both temperatures. */
    static final double[] TEMPERATURE_AXIS = {273.15, 323.15};
    /** Chamber ambient of the NASA tests, 24 °C [K]; the fitted tables do not depend on it. */
    static final double TEMPERATURE = 297.15;
    static final int CIRCUIT = 6;

    record Result(DischargeRecord record, double[] parameters, double capacity, double loadedRmse, double rmse,
            int iterations, int evaluations) {
        double r0() {
            return Math.exp(parameters[0]);
        }

        double r1() {
            return Math.exp(parameters[1]);
        }

        double tau1() {
            return Math.exp(parameters[2]);
        }

        double r2() {
            return Math.exp(parameters[3]);
        }

        double tau2() {
            return tau1() + Math.exp(parameters[4]);
        }

        double r1Empty() {
            return Math.exp(parameters[5]);
        }

        double ocv(int node) {
            return parameters[CIRCUIT + node];
        }

        String describe() {
            StringBuilder ocv = new StringBuilder();
            for (int k = 0; k < SOC_AXIS.length; k++) {
                ocv.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", ocv(k)));
            }
            return String.format(Locale.ROOT, "%s cycle %d: capacity %.4f Ah, R0 %.6f Ohm, R1 %.6f Ohm, tau1 %.2f s,"
                    + " R2 %.6f Ohm, tau2 %.2f s, R1 at SOC 0 %.6f Ohm; RMSE %.2f mV under the 2 A load, %.2f mV over the record;"
                    + " %d iterations, %d evaluations; OCV nodes at SOC %s: [%s]", record.cellName(),
                    record.cycle(), capacity / 3600, r0(), r1(), tau1(), r2(), tau2(), r1Empty(), 1e3 * loadedRmse, 1e3 * rmse,
                    iterations, evaluations, java.util.Arrays.toString(SOC_AXIS), ocv);
        }
    }

    private DischargeFit() {
    }

    /** The cell of {@code base} with capacity {@code capacity} [C] and the circuit {@code p}; limits unchanged. */
    static CellParameters cell(CellParameters base, double capacity, double[] p) {
        double[][] ocv = new double[SOC_AXIS.length][];
        for (int k = 0; k < SOC_AXIS.length; k++) {
            ocv[k] = new double[] {p[CIRCUIT + k], p[CIRCUIT + k]};
        }
        double r0 = Math.exp(p[0]);
        double r1 = Math.exp(p[1]);
        double tau1 = Math.exp(p[2]);
        double r2 = Math.exp(p[3]);
        double tau2 = tau1 + Math.exp(p[4]);
        double r1Empty = Math.exp(p[5]);
        double[][] r1Table = new double[SOC_AXIS.length][];
        double[][] c1Table = new double[SOC_AXIS.length][];
        for (int k = 0; k < SOC_AXIS.length; k++) {
            double x = Math.min(1, SOC_AXIS[k] / R1_KNEE);
            double r = r1Empty + x * (r1 - r1Empty);
            r1Table[k] = new double[] {r, r};
            c1Table[k] = new double[] {tau1 / r, tau1 / r};
        }
        return new CellParameters(capacity, base.coulombicEfficiency(), base.minimumVoltage(),
                base.maximumVoltage(), base.minimumSoc(), base.maximumSoc(), base.maximumDischargeCurrent(),
                base.maximumChargeCurrent(), SOC_AXIS, TEMPERATURE_AXIS, ocv, flat(r0), r1Table, c1Table,
                flat(r2), flat(tau2 / r2), base.source());
    }

    private static double[][] flat(double value) {
        double[][] table = new double[SOC_AXIS.length][];
        for (int k = 0; k < SOC_AXIS.length; k++) {
            table[k] = new double[] {value, value};
        }
        return table;
    }

    /**
     * Terminal voltage [V] at every sample of {@code r}: SOC 1 and no polarisation at the first sample, then the
     * exact constant-current step over each interval with the current of its end sample.
     */
    static double[] simulate(TheveninCell cell, DischargeRecord r) {
        return simulate(cell, r, 1);
    }

    /** As {@link #simulate(TheveninCell, DischargeRecord)}, each interval split into {@code substeps} equal steps. */
    static double[] simulate(TheveninCell cell, DischargeRecord r, int substeps) {
        double capacity = cell.parameters().capacity();
        double[] v = new double[r.size()];
        CellState state = new CellState(1, 0, 0);
        v[0] = cell.terminalVoltage(state, TEMPERATURE, r.current()[0], 1);
        for (int k = 1; k < v.length; k++) {
            double i = r.current()[k];
            double dt = (r.time()[k] - r.time()[k - 1]) / substeps;
            for (int m = 0; m < substeps; m++) {
                state = cell.stepConstantCurrent(state, i, TEMPERATURE, capacity, 1, dt);
            }
            v[k] = cell.terminalVoltage(state, TEMPERATURE, i, 1);
        }
        return v;
    }

    /** The starting point: typical 18650 values, OCV nodes from the measured voltage lifted by i·(R0 + R1 + R2). */
    static double[] start(DischargeRecord r) {
        double[] p = new double[CIRCUIT + SOC_AXIS.length];
        double r0 = 0.07;
        double r1 = 0.02;
        double r2 = 0.03;
        p[0] = Math.log(r0);
        p[1] = Math.log(r1);
        p[2] = Math.log(20);
        p[3] = Math.log(r2);
        p[4] = Math.log(500);
        p[5] = Math.log(0.1);
        double capacity = r.chargeDelivered();
        double charge = 0;
        double[] soc = new double[r.size()];
        for (int k = 0; k < r.size(); k++) {
            if (k > 0) {
                charge += r.current()[k] * (r.time()[k] - r.time()[k - 1]);
            }
            soc[k] = 1 - charge / capacity;
        }
        for (int n = 0; n < SOC_AXIS.length; n++) {
            double best = Double.POSITIVE_INFINITY;
            double ocv = r.voltage()[0];
            for (int k = 0; k < r.size(); k++) {
                if (r.loaded(k) && Math.abs(soc[k] - SOC_AXIS[n]) < best) {
                    best = Math.abs(soc[k] - SOC_AXIS[n]);
                    ocv = r.voltage()[k] + r.current()[k] * (r0 + r1 + r2);
                }
            }
            p[CIRCUIT + n] = SOC_AXIS[n] == 1 ? r.voltage()[0] : ocv;
        }
        return p;
    }

    /** Lower and upper bounds of [ln R0, ln R1, ln τ1, ln R2, ln(τ2 - τ1)]: R in [0.1 mOhm, 1 Ohm], τ in [1 s, 1e5 s]. */
    private static final double[] LOW = {Math.log(1e-4), Math.log(1e-4), Math.log(1), Math.log(1e-4), Math.log(1),
        Math.log(1e-4)};
    private static final double[] HIGH = {0, 0, Math.log(1e5), 0, Math.log(1e5), 0};

    /**
     * Keeps a Levenberg-Marquardt trial point inside a box of physical values, so a step that would make a pair
     * vanish (R → 0, C = τ/R → ∞) or a time constant leave the sampled range lands on the box edge instead.
     */
    private static org.hipparchus.linear.RealVector withinPhysicalBox(org.hipparchus.linear.RealVector point) {
        double[] p = point.toArray();
        for (int j = 0; j < CIRCUIT; j++) {
            p[j] = Math.max(LOW[j], Math.min(HIGH[j], p[j]));
        }
        return new ArrayRealVector(p, false);
    }

    /** Fits {@code base}'s circuit to {@code r} from the parameter vector {@code start}. */
    static Result fit(CellParameters base, DischargeRecord r, double[] start) {
        double capacity = r.chargeDelivered();
        LeastSquaresBuilder problem = new LeastSquaresBuilder()
                .model(point -> {
                    double[] p = point.toArray();
                    double[] v = simulate(new TheveninCell(cell(base, capacity, p)), r);
                    double[][] jacobian = new double[v.length][p.length];
                    for (int j = 0; j < p.length; j++) {
                        double[] q = p.clone();
                        double h = 1e-6 * Math.max(1, Math.abs(p[j]));
                        q[j] += h;
                        double[] vq = simulate(new TheveninCell(cell(base, capacity, q)), r);
                        for (int k = 0; k < v.length; k++) {
                            jacobian[k][j] = (vq[k] - v[k]) / h;
                        }
                    }
                    return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jacobian, false));
                })
                .parameterValidator(DischargeFit::withinPhysicalBox)
                .target(r.voltage()).start(start).maxEvaluations(1000).maxIterations(1000)
                .checker(new EvaluationRmsChecker(1e-10, 1e-9));
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem.build());
        double[] p = optimum.getPoint().toArray();
        double[] v = simulate(new TheveninCell(cell(base, capacity, p)), r);
        return new Result(r, p, capacity, r.rmse(v, true), r.rmse(v, false), optimum.getIterations(),
                optimum.getEvaluations());
    }
}
