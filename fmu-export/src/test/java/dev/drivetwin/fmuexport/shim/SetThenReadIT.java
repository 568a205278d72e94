package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fmi2SetReal followed at once by other calls on ThermalMass (scenario set-then-read). In process the shim queues
 * a value its write table clears and Java applies it at the start of the next call; every later call must see it
 * exactly as if it had been set at once, and out of process (no queue) must give the same figures.
 */
class SetThenReadIT {
    @TempDir
    static Path temporary;
    private static Path thermalMass;
    private static final Map<ShimMode, HostRun> RUNS = new EnumMap<>(ShimMode.class);

    @BeforeAll
    static void unpack() {
        thermalMass = TestFmu.unpack("ThermalMass", temporary);
    }

    private static HostRun run(ShimMode mode) {
        return RUNS.computeIfAbsent(mode, m -> {
            HostRun run = FmuHost.run("set-then-read", m, thermalMass);
            run.assertPassed();
            return run;
        });
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void aValueSetBeforeInitializationIsHeldAfterIt(ShimMode mode) {
        assertEquals(2000, run(mode).real("initialized.heatCapacity"));
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void aGetRightAfterASetReadsTheNewValue(ShimMode mode) {
        assertEquals(77, run(mode).real("setThenGet.heatFlow"));
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void theStepUsesTheLastOfRepeatedSets(ShimMode mode) {
        HostRun run = run(mode);
        assertEquals(3, run.real("repeated.heatFlow"));
        assertEquals(310, run.real("repeated.ambientTemperature"));
        // One exact step of h from T0: T = T_inf + (T0 - T_inf) exp(-h / (R C)), T_inf = Ta + Q R, from the values
        // the FMU reports holding. The slave evaluates the same expression, so only the order of operations can
        // differ: a few ulp of 310 K, well inside 1e-12 K. Any other heat flow of those set (2, 1000, 1 W) moves
        // T by at least 2e-3 K.
        double r = run.real("repeated.thermalResistance");
        double c = run.real("repeated.heatCapacity");
        double equilibrium = 310 + 3 * r;
        double t0 = run.real("initialized.temperature");
        double expected = equilibrium + (t0 - equilibrium) * Math.exp(-run.real("repeated.stepSize") / (r * c));
        assertEquals(expected, run.real("repeated.temperature"), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void aStateSavedRightAfterASetHoldsTheValue(ShimMode mode) {
        HostRun run = run(mode);
        assertEquals(20, run.real("state.heatFlowAfterSave"));
        assertEquals(10, run.real("state.heatFlowRestored"));
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void aRefusedBatchSetsNothingAndKeepsTheEarlierSet(ShimMode mode) {
        HostRun run = run(mode);
        assertEquals("fmi2Error", run.result("refusedBatch.status"));
        assertTrue(run.integer("refusedBatch.logged") >= 1);
        String message = run.result("refusedBatch.message");
        assertTrue(message.contains("fmi2SetReal: value NaN for 'heatCapacity' is not a number; nothing was set"),
                message);
        assertEquals(5, run.real("refusedBatch.heatFlow"), "the earlier set returned fmi2OK, so it holds");
        assertEquals(2000, run.real("refusedBatch.heatCapacity"));
    }

    @Test
    void bothModesReadTheSameFigures() {
        Map<String, String> inProcess = run(ShimMode.IN_PROCESS).results();
        Map<String, String> outOfProcess = run(ShimMode.OUT_OF_PROCESS).results();
        inProcess.keySet().removeIf(key -> key.startsWith("fmu."));
        outOfProcess.keySet().removeIf(key -> key.startsWith("fmu."));
        assertEquals(inProcess, outOfProcess);
    }
}
