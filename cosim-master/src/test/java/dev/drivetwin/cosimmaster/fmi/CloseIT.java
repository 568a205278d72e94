package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing instances that never reached StepComplete must not call fmi2Terminate, which FMI 2.0 allows only after
 * initialization (section 4.2.4); our FMUs refuse it with an error through the logger. FMI4j prints what FMUs log
 * from native code to the process' stdout, so each case runs in a child JVM whose output the test reads.
 */
class CloseIT {
    @TempDir
    Path directory;

    /** Runs {@code java arguments} in a child JVM; returns its stdout and stderr together. */
    private String child(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(arguments);
        Path output = directory.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish in 120 s");
        String text = Files.readString(output);
        assertEquals(0, process.exitValue(), text);
        return text;
    }

    /** No FMU refused fmi2Terminate, and no instance but {@code failing} (if any) logged an error at all. */
    private static void assertNoErrorLogged(String output, String failing) {
        assertFalse(output.contains("fmi2Terminate"), output);
        for (String line : output.split("\n")) {
            if (line.contains("status = Error") || line.contains("status = Fatal")) {
                assertTrue(failing != null && line.contains("instanceName = " + failing + ","), output);
            }
        }
    }

    @Test
    void noInstanceIsTerminatedBeforeItIsInitialised() throws Exception {
        String output = child(List.of("-cp", System.getProperty("java.class.path"), CloseScenarios.class.getName(),
                FmuVariants.thermalMass().toString(), FmuVariants.faultySlave().toString()));
        for (String scenario : CloseScenarios.SCENARIOS) {
            assertTrue(output.contains("done " + scenario), () -> scenario + " did not finish:\n" + output);
        }
        // the failing instance logs its own exception; closing it must add nothing
        assertTrue(output.contains("instanceName = e,"), output);
        assertNoErrorLogged(output, "e");
    }

    @Test
    void validateLogsNoErrorWhenItFreesTheFmusItLoaded() throws Exception {
        Path system = TestFmus.existing(TestFmus.root().resolve("systems/ev-drivetrain-wltc.ssd"));
        String output = child(List.of("-jar", System.getProperty("drivetwin.jar"), "validate", system.toString()));
        assertTrue(output.contains("valid"), output);
        assertNoErrorLogged(output, null);
    }
}
