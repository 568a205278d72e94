package dev.drivetwin.cosimmaster.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.ResultRows;
import dev.drivetwin.cosimmaster.system.ComponentSource;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import dev.drivetwin.cosimmaster.system.UnitCatalogue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two-mass oscillator split into two C FMUs (src/test/c: MassSpringWall is mass 1 on a spring to the wall,
 * CoupledMass is mass 2 and computes the coupling force), run by every algorithm and compared with the undivided
 * linear system  M x'' + C x' + K x = 0  integrated by Hipparchus' Dormand-Prince 8(5,3) at 1e-13 tolerances.
 *
 * <p>Each FMU integrates its own half with RK4 at substeps of 1e-4 s (local error ~ 1e-16 m), so what remains is
 * the coupling error: inputs held constant over a step (zero-order hold) lag the true signal by h/2 on average,
 * which makes Jacobi and Gauss-Seidel first-order methods. The tests check the order (the error halves when h
 * halves) and bound the error at each step size by the force lag: the held force differs from the true one by at
 * most h·max|dF/dt|, and with the system's damped response the position error stays below
 * h·max|dF/dt|·T/(m1·ω_min) over the run (an impulse error δF·h moves mass 1 by at most δF·h/(m1·ω_min) and the T/h
 * steps add at most linearly). That bound is loose; the order test is the sharp one.
 */
class TwoMassOscillatorIT {
    static final double M1 = 1, K1 = 10, D1 = 0.2; // [kg], [N/m], [N.s/m], the FMU's start values
    static final double M2 = 1, K2 = 20, D2 = 0.1, KC = 5, DC = 0.5;
    static final double X1_0 = 0.1; // [m]
    static final double STOP = 10; // [s]
    static final double CHECK_EVERY = 0.1; // [s]

    private static double[][] reference; // [check][x1, v1, x2, v2]
    private static double maxForceRate; // [N/s]

    /** The undivided system as one ODE: y = (x1, v1, x2, v2). */
    static final class TwoMasses implements OrdinaryDifferentialEquation {
        @Override
        public int getDimension() {
            return 4;
        }

        static double couplingForce(double[] y) {
            return KC * (y[2] - y[0]) + DC * (y[3] - y[1]);
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double f = couplingForce(y);
            return new double[] {y[1], (-K1 * y[0] - D1 * y[1] + f) / M1, y[3], (-K2 * y[2] - D2 * y[3] - f) / M2};
        }
    }

    @BeforeAll
    static void integrateReference() {
        int checks = (int) Math.round(STOP / CHECK_EVERY);
        reference = new double[checks + 1][];
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 0.01, 1e-13, 1e-13);
        TwoMasses ode = new TwoMasses();
        ODEState state = new ODEState(0, new double[] {X1_0, 0, 0, 0});
        reference[0] = state.getPrimaryState();
        for (int i = 1; i <= checks; i++) {
            state = integrator.integrate(ode, state, i * CHECK_EVERY);
            reference[i] = state.getPrimaryState();
        }
        // dF/dt from the derivative of the coupling force along the reference, sampled finely
        ODEState fine = new ODEState(0, new double[] {X1_0, 0, 0, 0});
        for (int i = 1; i <= 10_000; i++) {
            double[] y = fine.getPrimaryState();
            double[] dy = ode.computeDerivatives(0, y);
            maxForceRate = Math.max(maxForceRate, Math.abs(KC * (dy[2] - dy[0]) + DC * (dy[3] - dy[1])));
            fine = integrator.integrate(ode, fine, i * STOP / 10_000);
        }
    }

    /** The slowest undamped natural frequency of the coupled system [rad/s]. */
    static double slowestFrequency() {
        // eigenvalues of M^-1 K with M = I: K = [[K1+KC, -KC], [-KC, K2+KC]]
        double a = K1 + KC, d = K2 + KC, b = -KC;
        double mean = (a + d) / 2, spread = Math.sqrt((a - d) * (a - d) / 4 + b * b);
        return Math.sqrt(mean - spread);
    }

    static double lagBound(double step) {
        return step * maxForceRate * STOP / (M1 * slowestFrequency());
    }

    static LoadedSystem twoMasses(int coupledMultiple) {
        return LoadedSystem.load("two-mass oscillator",
                List.of(new ComponentSource("wall", TestFmus.cModel("MassSpringWall")),
                        new ComponentSource("coupled", TestFmus.cModel("CoupledMass"), Map.of(), coupledMultiple)),
                List.of(ConnectionSource.of("wall.position", "coupled.otherPosition"),
                        ConnectionSource.of("wall.velocity", "coupled.otherVelocity"),
                        ConnectionSource.of("coupled.couplingForce", "wall.force")),
                new UnitCatalogue(Map.of()));
    }

    /** Runs the system with the algorithm made by {@code algorithm}; returns the rows. */
    static ResultRows run(int coupledMultiple, Function<CoupledSystem, MasterAlgorithm> algorithm) {
        try (LoadedSystem loaded = twoMasses(coupledMultiple);
                MasterAlgorithm chosen = algorithm.apply(loaded.system())) {
            return ResultRows.recordRun(loaded.system(), chosen, 0, STOP, "wall.position", "coupled.position");
        }
    }

    /** Largest deviation of either position from the reference at the check times [m]. */
    static double error(ResultRows rows) {
        double worst = 0;
        int check = 0;
        for (int row = 0; row < rows.size() && check < reference.length; row++) {
            if (Math.abs(rows.time(row) - check * CHECK_EVERY) < 1e-9) {
                worst = Math.max(worst, Math.abs(rows.value(row, "wall.position") - reference[check][0]));
                worst = Math.max(worst, Math.abs(rows.value(row, "coupled.position") - reference[check][2]));
                check++;
            }
        }
        assertEquals(reference.length, check, "every check time is a communication point");
        return worst;
    }

    static ResultRows jacobi(double step, int threads) {
        return run(1, system -> new JacobiAlgorithm(system, new FixedStepExperiment(0, STOP, step), threads));
    }

    static ResultRows gaussSeidel(double step) {
        return run(1, system -> new GaussSeidelAlgorithm(system, new FixedStepExperiment(0, STOP, step)));
    }

    @Test
    void jacobiAndGaussSeidelAreFirstOrder() {
        double[] steps = {4e-3, 2e-3, 1e-3, 5e-4};
        StringBuilder table = new StringBuilder("| h [s] | Jacobi error [m] | order | Gauss-Seidel error [m] | order |\n"
                + "|---|---|---|---|---|\n");
        double previousJacobi = Double.NaN;
        double previousSeidel = Double.NaN;
        for (double step : steps) {
            double jacobi = error(jacobi(step, 2));
            double seidel = error(gaussSeidel(step));
            double jacobiOrder = Math.log(previousJacobi / jacobi) / Math.log(2);
            double seidelOrder = Math.log(previousSeidel / seidel) / Math.log(2);
            table.append(String.format("| %.0e | %.3e | %.2f | %.3e | %.2f |%n", step, jacobi, jacobiOrder, seidel,
                    seidelOrder));
            assertTrue(jacobi < lagBound(step), "Jacobi error " + jacobi + " m at h = " + step + " s within the"
                    + " lag bound " + lagBound(step));
            assertTrue(seidel < lagBound(step), "Gauss-Seidel error " + seidel + " m within " + lagBound(step));
            if (!Double.isNaN(previousJacobi)) {
                // first order: the ratio is 2 up to the next term of the expansion, O(h) relative
                assertEquals(1, jacobiOrder, 0.15, "Jacobi order at h = " + step);
                assertEquals(1, seidelOrder, 0.15, "Gauss-Seidel order at h = " + step);
            }
            previousJacobi = jacobi;
            previousSeidel = seidel;
        }
        System.out.println("Two-mass oscillator, max position error over 0..10 s against the undivided system:\n"
                + table);
    }

    /** Largest difference between two runs' positions at the check times [m]. */
    static double difference(ResultRows a, ResultRows b) {
        double worst = 0;
        for (int row = 0; row < a.size(); row++) {
            for (int other = 0; other < b.size(); other++) {
                if (Math.abs(a.time(row) - b.time(other)) < 1e-9 && Math.abs(a.time(row) / CHECK_EVERY
                        - Math.round(a.time(row) / CHECK_EVERY)) < 1e-6) {
                    worst = Math.max(worst, Math.abs(a.value(row, "wall.position") - b.value(other, "wall.position")));
                    worst = Math.max(worst, Math.abs(a.value(row, "coupled.position")
                            - b.value(other, "coupled.position")));
                }
            }
        }
        return worst;
    }

    @Test
    void theAlgorithmsAgreeWithinTheirErrorBounds() {
        double step = 1e-3;
        ResultRows jacobi = jacobi(step, 2);
        ResultRows seidel = gaussSeidel(step);
        // each is within lagBound(h) of the exact solution, so they are within twice that of each other
        double jacobiVersusSeidel = difference(jacobi, seidel);
        System.out.printf("h = %.0e s: lag bound %.3e m; |Jacobi - Gauss-Seidel| = %.3e m%n", step, lagBound(step),
                jacobiVersusSeidel);
        assertTrue(jacobiVersusSeidel < 2 * lagBound(step), "Jacobi vs Gauss-Seidel " + jacobiVersusSeidel);
        // both first order in the same lag: the difference itself must halve with h
        double halved = difference(jacobi(step / 2, 1), gaussSeidel(step / 2));
        assertEquals(2, jacobiVersusSeidel / halved, 0.3, "difference halves with the step");
    }

    @Test
    void jacobiOnOneThreadEqualsJacobiOnTwo() {
        // The same arithmetic in a different thread: results must agree to the last bit.
        ResultRows one = jacobi(1e-3, 1);
        ResultRows two = jacobi(1e-3, 2);
        assertEquals(one.size(), two.size());
        for (int row = 0; row < one.size(); row++) {
            assertEquals(one.value(row, "wall.position"), two.value(row, "wall.position"), 0.0);
            assertEquals(one.value(row, "coupled.position"), two.value(row, "coupled.position"), 0.0);
        }
    }

    @Test
    void multiRateStaysWithinTheBoundOfItsSlowerStep() {
        double step = 1e-3;
        double error = error(run(2, system -> new GaussSeidelAlgorithm(system, new FixedStepExperiment(0, STOP,
                step))));
        assertTrue(error < lagBound(2 * step), "multi-rate error " + error + " within " + lagBound(2 * step));
        double single = error(gaussSeidel(step));
        assertTrue(error > single, "stepping the coupled mass half as often cannot be more accurate");
    }

    @Test
    void variableStepMeetsItsToleranceWithFewerSteps() {
        double tolerance = 1e-6; // [m] and [N]: absolute, on every coupling signal per step
        VariableStepAlgorithm[] used = new VariableStepAlgorithm[1];
        ResultRows rows = run(1, system -> used[0] = new VariableStepAlgorithm(system,
                VariableStepParameters.around(1e-3, 0, tolerance)));
        // the variable steps do not fall on the check times: integrate the reference to each row's time instead
        double worst = 0;
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 0.01, 1e-13, 1e-13);
        ODEState state = new ODEState(0, new double[] {X1_0, 0, 0, 0});
        for (int row = 1; row < rows.size(); row++) {
            state = integrator.integrate(new TwoMasses(), state, rows.time(row));
            worst = Math.max(worst, Math.abs(rows.value(row, "wall.position") - state.getPrimaryState()[0]));
            worst = Math.max(worst, Math.abs(rows.value(row, "coupled.position") - state.getPrimaryState()[2]));
        }
        int steps = rows.size() - 1;
        // a fixed step taking about as many steps (a multiple of 100, so the check times are communication points)
        long sameCount = Math.max(100, Math.round(steps / 100.0) * 100);
        double fixedStepError = error(gaussSeidel(STOP / sameCount));
        System.out.printf("variable step: %d steps, %d rejected, error %.3e m (Gauss-Seidel, same step count:"
                + " %.3e m)%n", steps, used[0].rejectedSteps(), worst, fixedStepError);
        assertEquals(STOP, rows.time(rows.size() - 1), 0.0, "ends exactly at the stop time");
        // each accepted step's local error is within the tolerance; the global error is at most their sum
        assertTrue(worst < tolerance * steps, "variable-step error " + worst + " within " + tolerance * steps);
        // spending the steps where the signals change fast must beat spreading them evenly
        assertTrue(worst < fixedStepError, "variable step " + worst + " beats fixed " + fixedStepError);
    }
}
