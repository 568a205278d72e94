package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls a host may get wrong (scenario misuse): each must come back refused, with a message through the host's
 * logger that names the fmi2 function and the offending value or variable, and never crash the process.
 */
class MisuseIT {
    /** Every fmi2 function that takes an fmi2Component; the host calls each with NULL (fmi2FreeInstance aside). */
    static final List<String> COMPONENT_FUNCTIONS = ExportedSymbolsIT.FMI2_FUNCTIONS.stream()
            .filter(f -> !List.of("fmi2GetTypesPlatform", "fmi2GetVersion", "fmi2Instantiate", "fmi2FreeInstance")
                    .contains(f))
            .toList();

    @TempDir
    static Path temporary;
    private static Path thermalMass;
    private static final Map<ShimMode, HostRun> RUNS = new EnumMap<>(ShimMode.class);

    /** One expected refusal: the case the host prints, its function, what it returns, what the message names. */
    record Expectation(String id, String function, String returned, List<String> named) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Expectation> expectations() {
        List<Expectation> expected = new ArrayList<>();
        for (String function : COMPONENT_FUNCTIONS) {
            expected.add(new Expectation("null-instance:" + function, function, "fmi2Error",
                    List.of("NULL fmi2Component")));
        }
        // FMI 2.0 section 2.1.5: freeing NULL is legal and ignored, so it returns nothing, but it is still reported.
        expected.add(new Expectation("null-instance:fmi2FreeInstance", "fmi2FreeInstance", "void",
                List.of("NULL fmi2Component")));
        expected.add(new Expectation("unknown-vr-get", "fmi2GetReal", "fmi2Error", List.of("value reference 99")));
        expected.add(new Expectation("unknown-vr-set", "fmi2SetReal", "fmi2Error", List.of("value reference 99")));
        expected.add(new Expectation("step-before-initialization", "fmi2DoStep", "fmi2Error",
                List.of("state Instantiated")));
        expected.add(new Expectation("nan-input", "fmi2SetReal", "fmi2Error", List.of("NaN", "'heatFlow'")));
        expected.add(new Expectation("negative-step", "fmi2DoStep", "fmi2Error",
                List.of("communicationStepSize -0.01")));
        expected.add(new Expectation("zero-step", "fmi2DoStep", "fmi2Error", List.of("communicationStepSize 0 ")));
        expected.add(new Expectation("null-vr-get", "fmi2GetReal", "fmi2Error", List.of("argument vr", "NULL")));
        expected.add(new Expectation("null-value-get", "fmi2GetReal", "fmi2Error", List.of("argument value", "NULL")));
        expected.add(new Expectation("null-vr-set", "fmi2SetReal", "fmi2Error", List.of("argument vr", "NULL")));
        expected.add(new Expectation("null-value-set", "fmi2SetReal", "fmi2Error", List.of("argument value", "NULL")));
        expected.add(new Expectation("set-output", "fmi2SetReal", "fmi2Error",
                List.of("'temperature'", "value reference 5", "output")));
        expected.add(new Expectation("set-fixed-parameter", "fmi2SetReal", "fmi2Error",
                List.of("'thermalResistance'", "fixed parameter")));
        expected.add(new Expectation("wrong-communication-point", "fmi2DoStep", "fmi2Error",
                List.of("currentCommunicationPoint 5", "0.01")));
        expected.add(new Expectation("guid-mismatch", "fmi2Instantiate", "NULL",
                List.of("{00000000-0000-0000-0000-000000000000}", "GUID mismatch")));
        // FMU states the instance never handed out, at an unmapped address: only compared, never read through.
        // FMI4j 0.38.0 passes an uninitialised *FMUstate to fmi2GetFMUstate; that must give a new state, not a crash
        // (the host also checks the new state can be set and freed).
        expected.add(new Expectation("garbage-state-get", "fmi2GetFMUstate", "fmi2OK",
                List.of("*FMUstate 0xdead0000beef is not a state of this instance", "new state")));
        for (String[] misuse : new String[][] {{"unknown-state-set", "fmi2SetFMUstate"},
                {"unknown-state-free", "fmi2FreeFMUstate"}, {"unknown-state-size", "fmi2SerializedFMUstateSize"},
                {"unknown-state-serialize", "fmi2SerializeFMUstate"}}) {
            expected.add(new Expectation(misuse[0], misuse[1], "fmi2Error",
                    List.of("FMUstate 0xdead0000beef is not a live state of this instance")));
        }
        expected.add(new Expectation("freed-state-set", "fmi2SetFMUstate", "fmi2Error",
                List.of("is not a live state of this instance", "freed already")));
        expected.add(new Expectation("other-instance-state-set", "fmi2SetFMUstate", "fmi2Error",
                List.of("is not a live state of this instance")));
        return expected;
    }

    static Stream<Arguments> cases() {
        return ShimMode.tested().flatMap(mode -> expectations().stream().map(e -> Arguments.of(mode, e)));
    }

    @BeforeAll
    static void unpack() {
        thermalMass = TestFmu.unpack("ThermalMass", temporary);
    }

    private static HostRun run(ShimMode mode) {
        return RUNS.computeIfAbsent(mode, m -> FmuHost.run("misuse", m, thermalMass));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void isRefusedWithAMessageNamingTheFunctionAndTheOffence(ShimMode mode, Expectation expected) {
        HostRun.Misuse misuse = run(mode).misuses().get(expected.id());
        assertNotNull(misuse, () -> "the host reported no case " + expected.id());
        assertEquals(expected.function(), misuse.function());
        assertEquals(expected.returned(), misuse.returned(), () -> expected.id() + ": " + misuse.message());
        assertTrue(misuse.logged() >= 1, () -> expected.id() + ": nothing reached the host's logger");
        assertTrue(misuse.message().contains(expected.function()), () -> expected.id() + ": message does not name "
                + expected.function() + ": " + misuse.message());
        for (String named : expected.named()) {
            assertTrue(misuse.message().contains(named), () -> expected.id() + ": message does not name '" + named
                    + "': " + misuse.message());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void everyCaseRanAndTheHostExitedNormally(ShimMode mode) {
        HostRun run = run(mode);
        run.assertPassed();
        assertEquals(new TreeSet<>(expectations().stream().map(Expectation::id).toList()),
                new TreeSet<>(run.misuses().keySet()));
    }
}
