package dev.drivetwin.cosimmaster.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.ResultRows;
import dev.drivetwin.cosimmaster.fmi.FmuVariants;
import dev.drivetwin.cosimmaster.system.ComponentSource;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import dev.drivetwin.cosimmaster.system.UnitCatalogue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The variable-step algorithm on our own Java FMUs: two instances of fmu-export's ThermalMass.fmu, each the other's
 * ambient. It saves and restores every FMU's state on each step, through FMI4j 0.38.0, which calls fmi2GetFMUstate
 * with an uninitialised *FMUstate; the shim used to read through that pointer and crash the JVM.
 *
 * <p>With no heat flow the coupled system is  R C1 T1' = T2 - T1,  R C2 T2' = T1 - T2, so the difference
 * D = T1 - T2 decays as D0 exp(-k t), k = 1/(R C1) + 1/(R C2), and the mean weighted by the time constants,
 * M = (R C1 T1 + R C2 T2) / (R C1 + R C2), stays constant: T1 = M + D R C2 / (R C1 + R C2) and
 * T2 = M - D R C1 / (R C1 + R C2).
 */
class CoupledThermalMassesIT {
    static final double R = 0.5;           // [K/W], ThermalMass' fixed thermalResistance
    static final double C1 = 1000;         // [J/K], its start heatCapacity
    static final double C2 = 2000;         // [J/K]
    static final double T1_0 = 400;        // [K]
    static final double T2_0 = 300;        // [K]
    static final double STOP = 1500;       // [s], 4.5 time constants 1/k of the difference
    static final double TOLERANCE = 1e-3;  // [K], absolute, per step on each coupling signal
    static final double FIXED_STEP = 0.1;  // [s], the fixed-step reference

    static double tau1() {
        return R * C1;
    }

    static double tau2() {
        return R * C2;
    }

    /** The exact T1 and T2 at {@code time} [K]. */
    static double[] exact(double time) {
        double k = 1 / tau1() + 1 / tau2();
        double mean = (tau1() * T1_0 + tau2() * T2_0) / (tau1() + tau2());
        double difference = (T1_0 - T2_0) * Math.exp(-k * time);
        return new double[] {mean + difference * tau2() / (tau1() + tau2()),
            mean - difference * tau1() / (tau1() + tau2())};
    }

    static ResultRows run(Function<CoupledSystem, MasterAlgorithm> algorithm) {
        try (LoadedSystem loaded = LoadedSystem.load("two thermal masses",
                List.of(new ComponentSource("hot", FmuVariants.thermalMass(),
                                Map.of("initialTemperature", Double.toString(T1_0)), 1),
                        new ComponentSource("cold", FmuVariants.thermalMass(),
                                Map.of("initialTemperature", Double.toString(T2_0), "heatCapacity",
                                        Double.toString(C2)), 1)),
                List.of(ConnectionSource.of("hot.temperature", "cold.ambientTemperature"),
                        ConnectionSource.of("cold.temperature", "hot.ambientTemperature")),
                new UnitCatalogue(Map.of()));
                MasterAlgorithm chosen = algorithm.apply(loaded.system())) {
            return ResultRows.recordRun(loaded.system(), chosen, 0, STOP, "hot.temperature", "cold.temperature");
        }
    }

    /** Column {@code column} of {@code rows} linearly interpolated at {@code time}. */
    static double interpolate(ResultRows rows, String column, double time) {
        int row = 1;
        while (row < rows.size() - 1 && rows.time(row) < time) {
            row++;
        }
        double t0 = rows.time(row - 1), t1 = rows.time(row);
        double weight = (time - t0) / (t1 - t0);
        return (1 - weight) * rows.value(row - 1, column) + weight * rows.value(row, column);
    }

    @Test
    void variableStepRunsOurJavaFmusAndAgreesWithAFixedStepReference() {
        VariableStepAlgorithm[] used = new VariableStepAlgorithm[1];
        ResultRows variable = run(system -> used[0] = new VariableStepAlgorithm(system,
                VariableStepParameters.around(1, 0, TOLERANCE)));
        ResultRows fixed = run(system -> new GaussSeidelAlgorithm(system, new FixedStepExperiment(0, STOP,
                FIXED_STEP)));
        int steps = variable.size() - 1;
        assertEquals(STOP, variable.time(steps), 0.0, "ends exactly at the stop time");
        assertTrue(steps < STOP / FIXED_STEP / 10, steps + " variable steps: the step must grow as D decays");

        // Variable step against the exact solution: each accepted step's local error is within the tolerance, so
        // the global error is at most their sum (as in TwoMassOscillatorIT).
        double variableError = 0;
        for (int row = 0; row <= steps; row++) {
            double[] exact = exact(variable.time(row));
            variableError = Math.max(variableError, Math.max(Math.abs(variable.value(row, "hot.temperature") - exact[0]),
                    Math.abs(variable.value(row, "cold.temperature") - exact[1])));
        }
        assertTrue(variableError < TOLERANCE * steps, "variable-step error " + variableError + " K within "
                + TOLERANCE * steps);

        // The fixed-step Gauss-Seidel reference holds each input over a step, so it lags by at most
        // h max|T'| = h (T1_0 - T2_0) / (R C1) (the largest rate, at t = 0); each mass is a first-order lag of
        // unit gain, so its temperature error stays within that input error.
        double lagBound = FIXED_STEP * (T1_0 - T2_0) / tau1();
        double fixedError = 0;
        for (int row = 0; row < fixed.size(); row++) {
            double[] exact = exact(fixed.time(row));
            fixedError = Math.max(fixedError, Math.max(Math.abs(fixed.value(row, "hot.temperature") - exact[0]),
                    Math.abs(fixed.value(row, "cold.temperature") - exact[1])));
        }
        assertTrue(fixedError < lagBound, "fixed-step error " + fixedError + " K within " + lagBound);

        // Hence the two runs agree within the sum of both bounds. The reference is interpolated linearly between
        // its 0.1 s samples: that adds h^2/8 max|T''| = 0.01/8 * k * 0.2 K/s < 1e-6 K, negligible.
        double agreement = TOLERANCE * steps + lagBound;
        double worst = 0;
        for (int row = 0; row <= steps; row++) {
            double time = variable.time(row);
            worst = Math.max(worst, Math.abs(variable.value(row, "hot.temperature")
                    - interpolate(fixed, "hot.temperature", time)));
            worst = Math.max(worst, Math.abs(variable.value(row, "cold.temperature")
                    - interpolate(fixed, "cold.temperature", time)));
        }
        System.out.printf("two thermal masses: %d variable steps (%d rejected), error %.3e K; fixed step %.1f s"
                + " error %.3e K; |variable - fixed| %.3e K%n", steps, used[0].rejectedSteps(), variableError,
                FIXED_STEP, fixedError, worst);
        assertTrue(worst < agreement, "|variable - fixed| " + worst + " K within " + agreement);
    }
}
