package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shim's dynamic symbol table, as the packaged FMU ships it. */
class ExportedSymbolsIT {
    /**
     * The 44 functions of FMI 2.0 (2.0.4, sections 2.1, 3.2 and 4.2): 25 common, 10 Model Exchange, 9 Co-Simulation;
     * the same as fmu-export/src/main/c/fmi2_api.h declares.
     */
    static final List<String> FMI2_FUNCTIONS = List.of(
            // common (2.1.4 to 2.1.9)
            "fmi2GetTypesPlatform", "fmi2GetVersion", "fmi2SetDebugLogging", "fmi2Instantiate", "fmi2FreeInstance",
            "fmi2SetupExperiment", "fmi2EnterInitializationMode", "fmi2ExitInitializationMode", "fmi2Terminate",
            "fmi2Reset", "fmi2GetReal", "fmi2GetInteger", "fmi2GetBoolean", "fmi2GetString", "fmi2SetReal",
            "fmi2SetInteger", "fmi2SetBoolean", "fmi2SetString", "fmi2GetFMUstate", "fmi2SetFMUstate",
            "fmi2FreeFMUstate", "fmi2SerializedFMUstateSize", "fmi2SerializeFMUstate", "fmi2DeSerializeFMUstate",
            "fmi2GetDirectionalDerivative",
            // Model Exchange (3.2)
            "fmi2EnterEventMode", "fmi2NewDiscreteStates", "fmi2EnterContinuousTimeMode",
            "fmi2CompletedIntegratorStep", "fmi2SetTime", "fmi2SetContinuousStates", "fmi2GetDerivatives",
            "fmi2GetEventIndicators", "fmi2GetContinuousStates", "fmi2GetNominalsOfContinuousStates",
            // Co-Simulation (4.2)
            "fmi2SetRealInputDerivatives", "fmi2GetRealOutputDerivatives", "fmi2DoStep", "fmi2CancelStep",
            "fmi2GetStatus", "fmi2GetRealStatus", "fmi2GetIntegerStatus", "fmi2GetBooleanStatus",
            "fmi2GetStringStatus");

    @TempDir
    Path temporary;

    @Test
    void standardListHasAllFortyFourFunctions() {
        assertEquals(44, new TreeSet<>(FMI2_FUNCTIONS).size());
    }

    @Test
    void sharedLibraryExportsExactlyTheFmi2Functions() throws IOException, InterruptedException {
        Path library = TestFmu.library(TestFmu.unpack("ThermalMass", temporary), "ThermalMass");
        Process nm = new ProcessBuilder("nm", "-D", "--defined-only", library.toString())
                .redirectErrorStream(true).start();
        String output = new String(nm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        nm.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, nm.exitValue(), () -> "nm failed: " + output);
        // Lines are "<address> <type> <name>"; every defined dynamic symbol counts, whatever its type.
        TreeSet<String> exported = new TreeSet<>();
        output.lines().map(String::trim).filter(l -> !l.isEmpty())
                .forEach(l -> exported.add(l.substring(l.lastIndexOf(' ') + 1)));
        assertEquals(new TreeSet<>(FMI2_FUNCTIONS), exported);
    }
}
