package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two ThermalMass instances of one FMU at once, driven by the C host (scenario two-instances): instance a has
 * heatCapacity 1000 J/K and heatFlow 100 W, instance b 2500 J/K and 40 W, both thermalResistance 0.5 K/W and
 * T0 = Ta = 293.15 K, stepped 10,000 times by 0.01 s. The slave steps exactly, so
 * T(t) = T_inf + (T0 - T_inf) exp(-t / (R C)), T_inf = Ta + Q R, holds to round-off.
 */
class TwoInstancesIT {
    private static final double U = Math.ulp(1.0) / 2; // unit round-off of double, 2^-53

    @TempDir
    static Path temporary;
    private static Path thermalMass;
    private static final Map<ShimMode, HostRun> RUNS = new EnumMap<>(ShimMode.class);

    @BeforeAll
    static void unpack() {
        thermalMass = TestFmu.unpack("ThermalMass", temporary);
    }

    private static HostRun run(ShimMode mode) {
        return RUNS.computeIfAbsent(mode, m -> FmuHost.run("two-instances", m, thermalMass));
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void finalTemperaturesMatchTheClosedFormToRoundOff(ShimMode mode) {
        HostRun run = run(mode);
        run.assertPassed();
        for (String name : new String[] {"a", "b"}) {
            double expected = closedForm(run, name);
            double tolerance = roundOffBound(run, name);
            double actual = run.real(name + ".temperature");
            assertEquals(expected, actual, tolerance, () -> name + ": T(" + duration(run) + " s)");
            assertEquals(run.integer("steps"), run.integer(name + ".stepCount"), name + ": stepCount");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void instancesDifferAsTheirParametersSay(ShimMode mode) {
        HostRun run = run(mode);
        run.assertPassed();
        // The values each instance reports holding are the ones the host set, not its neighbour's.
        assertEquals(1000, run.real("a.heatCapacity"));
        assertEquals(100, run.real("a.heatFlow"));
        assertEquals(2500, run.real("b.heatCapacity"));
        assertEquals(40, run.real("b.heatFlow"));
        // a heats towards 343.15 K with tau = 500 s, b towards 313.15 K with tau = 1250 s: a ends about 7.5 K warmer.
        double expectedDifference = closedForm(run, "a") - closedForm(run, "b");
        double tolerance = roundOffBound(run, "a") + roundOffBound(run, "b");
        assertEquals(expectedDifference, run.real("a.temperature") - run.real("b.temperature"), tolerance);
        assertTrue(expectedDifference > 1e6 * tolerance, "the instances' difference is far above round-off");
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void restoredStateReplaysTheFirstRunBitForBit(ShimMode mode) {
        HostRun run = run(mode);
        run.assertPassed();
        long replayed = run.integer("steps") - run.integer("snapshotStep");
        for (String name : new String[] {"a", "b"}) {
            for (String how : new String[] {"restore", "deserialize"}) {
                String prefix = name + "." + how + ".";
                assertEquals(replayed, run.integer(prefix + "replayedSteps"), prefix + "replayedSteps");
                assertEquals(0, run.integer(prefix + "mismatches"), prefix + "mismatches (temperatures that differ"
                        + " from the first run in any bit)");
                assertEquals(run.integer(name + ".stepCount"), run.integer(prefix + "stepCount"));
            }
        }
    }

    private static double duration(HostRun run) {
        return run.integer("steps") * run.real("stepSize");
    }

    /** T(N h) from the parameters the instance reports holding. */
    private static double closedForm(HostRun run, String name) {
        double c = run.real(name + ".heatCapacity");
        double r = run.real(name + ".thermalResistance");
        double t0 = run.real(name + ".initialTemperature");
        double equilibrium = run.real(name + ".ambientTemperature") + run.real(name + ".heatFlow") * r;
        return equilibrium + (t0 - equilibrium) * Math.exp(-duration(run) / (r * c));
    }

    /**
     * Round-off bound for N exact steps. Each step computes T' = T_inf + (T - T_inf) d with d = exp(-h / (R C)):
     * d carries at most 2u relative error (exp within 1 ulp, the quotient's 0.5 ulp in an argument of 1e-5 is
     * negligible), and the subtraction, product and sum add at most 3u |T|. An error in T is carried to the next
     * step multiplied by d < 1, so after N steps |T_N - T(N h)| <= N (3u max|T| + 2u |T0 - T_inf|), which the
     * bound N 4u (max|T| + |T0 - T_inf|) covers together with the closed form's own few ulp. For N = 10,000,
     * T = 343 K, |T0 - T_inf| = 50 K: 1.7e-9 K, a relative 5e-12.
     */
    private static double roundOffBound(HostRun run, String name) {
        double equilibrium = run.real(name + ".ambientTemperature")
                + run.real(name + ".heatFlow") * run.real(name + ".thermalResistance");
        double t0 = run.real(name + ".initialTemperature");
        double maxTemperature = Math.max(Math.abs(equilibrium), Math.abs(t0));
        return run.integer("steps") * 4 * U * (maxTemperature + Math.abs(t0 - equilibrium));
    }
}
