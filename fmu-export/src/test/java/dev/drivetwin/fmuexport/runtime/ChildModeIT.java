package dev.drivetwin.fmuexport.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the shim's out-of-process mode from a C host: runs the test driver fmu-export/src/test/c/
 * child_mode_check.c (built in pre-integration-test into {@code native.test.dir}) on the packaged test FMUs
 * (unzipped from {@code fmu.dir}) with DRIVETWIN_FMU_MODE set, and asserts on what it prints.
 */
class ChildModeIT {
    /** FaultySlave.fmu is packaged with child.timeout=5 (TestFmus). */
    private static final double FAULTY_CHILD_TIMEOUT = 5.0;
    /** Slack for killing and reaping the child on a loaded build machine; a correctness bound, not a benchmark. */
    private static final double TIMEOUT_MARGIN = 10.0;

    @TempDir
    static Path unpacked;

    private static Path thermalMass;
    private static Path faultySlave;

    @BeforeAll
    static void unpack() throws IOException {
        Path fmus = Path.of(System.getProperty("fmu.dir"));
        thermalMass = unzip(fmus.resolve("ThermalMass.fmu"), unpacked.resolve("ThermalMass"));
        faultySlave = unzip(fmus.resolve("FaultySlave.fmu"), unpacked.resolve("FaultySlave"));
    }

    private static Path unzip(Path fmu, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(fmu))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException(fmu + ": entry " + entry.getName() + " points outside the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
        return target;
    }

    /** What one run of the driver printed, and how it ended. */
    record Run(int exitCode, List<String> lines, String stdout) {
        String line(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + stdout));
        }

        List<String> values() {
            return lines.stream().filter(l -> l.startsWith("value ")).toList();
        }
    }

    private static Run drive(String mode, String... arguments) throws Exception {
        Path driver = Path.of(System.getProperty("native.test.dir"), "child_mode_check");
        List<String> command = new java.util.ArrayList<>(List.of(driver.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DRIVETWIN_FMU_MODE", mode);
        Process process = builder.start();
        String stdout;
        try (InputStream out = process.getInputStream()) {
            stdout = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child_mode_check did not end");
        return new Run(process.exitValue(), stdout.lines().toList(), stdout);
    }

    @Test
    void thermalMassGivesTheSameBitsOutOfProcessAsInProcess() throws Exception {
        Run inProcess = drive("in-process", "thermal", thermalMass.toString());
        Run outOfProcess = drive("out-of-process", "thermal", thermalMass.toString());
        assertEquals(0, inProcess.exitCode(), inProcess.stdout());
        assertEquals(0, outOfProcess.exitCode(), outOfProcess.stdout());
        assertEquals(1000, outOfProcess.values().size());
        // printed with %.17g, so equal text means equal doubles
        assertEquals(inProcess.values(), outOfProcess.values());
        for (String fact : List.of("stepCount", "label", "heaterEnabled", "lastSuccessfulTime", "state restored",
                "serialized state restored")) {
            assertEquals(inProcess.line(fact), outOfProcess.line(fact));
        }
        assertEquals("stepCount 1000", outOfProcess.line("stepCount"));
        assertEquals("label checked ✓", outOfProcess.line("label"));
        assertEquals("lastSuccessfulTime 500", outOfProcess.line("lastSuccessfulTime"));
        assertEquals("state restored exactly, replay identical", outOfProcess.line("state restored"));
        assertEquals("serialized state restored exactly", outOfProcess.line("serialized state restored"));
        assertEquals("done", outOfProcess.line("done"));
    }

    @Test
    void aHaltedChildJvmIsFatalAndTheHostCarriesOn() throws Exception {
        Run run = drive("out-of-process", "fault", faultySlave.toString(), "3");
        assertEquals(0, run.exitCode(), run.stdout());
        assertEquals("children while running 1", run.line("children while running"));
        assertTrue(run.line("faulty doStep status").startsWith("faulty doStep status 4 "), run.stdout());
        assertEquals("LOG faulty [4] logStatusFatal: child JVM for instance faulty died during fmi2DoStep at t=1.5:"
                + " it exited with status 86", run.line("LOG faulty [4]"));
        assertFreedCleanly(run);
    }

    @Test
    void aHangingChildJvmIsKilledAfterTheTimeout() throws Exception {
        Run run = drive("out-of-process", "fault", faultySlave.toString(), "4");
        assertEquals(0, run.exitCode(), run.stdout());
        Matcher step = Pattern.compile("faulty doStep status (\\d) after ([0-9.]+) s").matcher(
                run.line("faulty doStep status"));
        assertTrue(step.matches(), run.stdout());
        assertEquals(4, Integer.parseInt(step.group(1)));
        double seconds = Double.parseDouble(step.group(2));
        assertTrue(seconds >= FAULTY_CHILD_TIMEOUT * 0.99 && seconds < FAULTY_CHILD_TIMEOUT + TIMEOUT_MARGIN,
                "answered fmi2Fatal after " + seconds + " s");
        assertEquals("LOG faulty [4] logStatusFatal: child JVM for instance faulty did not answer fmi2DoStep at"
                + " t=1.5 within 5 s; killed it", run.line("LOG faulty [4]"));
        assertFreedCleanly(run);
    }

    @Test
    void aSlaveExceptionIsAnErrorWithItsTextAndTheInstanceCanBeReset() throws Exception {
        Run run = drive("out-of-process", "fault", faultySlave.toString(), "1");
        assertEquals(0, run.exitCode(), run.stdout());
        assertTrue(run.line("faulty doStep status").startsWith("faulty doStep status 3 "), run.stdout());
        assertTrue(run.line("LOG faulty [3] logStatusError: fmi2DoStep at t=1.5 failed:")
                .contains("java.lang.IllegalStateException: fault input asked for an exception"), run.stdout());
        assertEquals("reset status 0", run.line("reset status"));
        assertEquals("doStep after reset status 0", run.line("doStep after reset"));
        assertFreedCleanly(run);
    }

    @Test
    void aDiscardedStepIsADiscardOutOfProcess() throws Exception {
        Run run = drive("out-of-process", "fault", faultySlave.toString(), "2");
        assertEquals(0, run.exitCode(), run.stdout());
        assertTrue(run.line("faulty doStep status").startsWith("faulty doStep status 2 "), run.stdout());
        assertTrue(run.line("LOG faulty [2] logStatusDiscard:").contains("fault input asked for a discarded step"));
        assertFreedCleanly(run);
    }

    @Test
    void theBenchmarkRunsBothModesInOneProcess() throws Exception {
        // Only that it works: the figures in docs/performance.md come from a longer run of the same command.
        Run run = drive("in-process", "bench", thermalMass.toString(), "500");
        assertEquals(0, run.exitCode(), run.stdout());
        assertTrue(run.line("out-of-process ").endsWith(" us"), run.stdout());
    }

    /** Free after any outcome leaves no child process (running or zombie) and no descriptor behind. */
    private static void assertFreedCleanly(Run run) {
        assertEquals("children after free 0", run.line("children after free"));
        Matcher descriptors = Pattern.compile("descriptors before (\\d+) after free (\\d+)").matcher(
                run.line("descriptors before"));
        assertTrue(descriptors.matches(), run.stdout());
        assertEquals(descriptors.group(1), descriptors.group(2), "descriptors leaked");
    }
}
