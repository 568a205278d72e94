package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The smoke scenario's start values as the C host parses and sets them ({@code fmu_host smoke <dir>
 * <kind>:<vr>=<value> ...}), on ThermalMass: Real 3 heatFlow, Real 5 temperature, Boolean 0 heaterEnabled (when
 * false the heat flow is ignored), String 0 label. The mass starts at the ambient temperature, so unheated it stays
 * there exactly, while 1000 W warm its 1000 J/K by about 0.1 K over the run's 0.1 s.
 */
class SmokeAssignmentsIT {
    private static final double AMBIENT_TEMPERATURE = 293.15; // [K], ThermalMass's start value and its initial one
    private static final String HEAT_FLOW = "real:3=1000";

    @TempDir
    static Path temporary;
    private static Path thermalMass;

    @BeforeAll
    static void unpack() {
        thermalMass = TestFmu.unpack("ThermalMass", temporary);
    }

    /** heaterEnabled starts true, so 0 must turn the heater off and 1 keep it on. */
    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void zeroAndOneSetABooleanFalseAndTrue(ShimMode mode) {
        HostRun off = FmuHost.runSmoke(mode, thermalMass, HEAT_FLOW, "boolean:0=0");
        HostRun on = FmuHost.runSmoke(mode, thermalMass, HEAT_FLOW, "boolean:0=1");
        off.assertPassed();
        on.assertPassed();
        assertEquals(AMBIENT_TEMPERATURE, off.real("smoke.real5"), 0, "temperature [K] with the heater off");
        assertTrue(on.real("smoke.real5") > AMBIENT_TEMPERATURE + 0.05,
                "temperature [K] with the heater on: " + on.real("smoke.real5"));
    }

    /** The host checks its arguments before it loads the FMU, so the shim's mode plays no part. */
    @ParameterizedTest
    @ValueSource(strings = {"boolean:0=yes", "boolean:0=TRUE", "boolean:0=10", "boolean:0=", "boolean:x=true"})
    void aMalformedBooleanIsAUsageErrorNamingTheArgument(String argument) {
        HostRun run = FmuHost.runSmoke(ShimMode.IN_PROCESS, thermalMass, HEAT_FLOW, argument);
        assertEquals(2, run.exitCode(), () -> run.describe() + " " + argument + "; stderr: " + run.stderr());
        assertTrue(run.stderr().contains("'" + argument + "'"), run.stderr());
        assertEquals(List.of(), run.lines(), "nothing on stdout: the host stopped before loading the FMU");
    }

    /** ThermalMass has one Boolean and one String, both value reference 0; the shim refuses any other. */
    @ParameterizedTest
    @CsvSource({"boolean:7=true, fmi2SetBoolean", "string:7=text, fmi2SetString"})
    void aValueTheFmuRefusesFailsTheRunNamingTheValueReference(String argument, String setter) {
        HostRun run = FmuHost.runSmoke(ShimMode.IN_PROCESS, thermalMass, argument);
        assertEquals(1, run.exitCode(), () -> run.describe() + " " + argument + ": " + run.lines());
        List<String> failures = run.lines().stream().filter(line -> line.startsWith("FAIL")).toList();
        assertTrue(failures.size() == 1 && failures.get(0).contains(setter + " of value reference 7"),
                failures.toString());
        assertEquals("false", run.result("passed"));
    }
}
