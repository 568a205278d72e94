package dev.drivetwin.fmuexport.shim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the C test host built into {@code native.test.dir} (fmu-export/src/test/c, execution build-native-test) as a
 * separate process, so that a crash in the shim fails a test instead of the test JVM.
 */
final class FmuHost {
    /** Longest a scenario may take; the leak scenario, the slowest, needs about 10 s on 2 cores. */
    private static final long TIMEOUT_SECONDS = 300;

    private FmuHost() {
    }

    static Path executable() {
        String directory = System.getProperty("native.test.dir");
        if (directory == null) {
            throw new IllegalStateException("system property native.test.dir is not set; run the ITs through mvn"
                    + " verify");
        }
        return Path.of(directory, "fmu_host");
    }

    /** Runs {@code fmu_host <scenario> <fmu dirs...>} with the shim in {@code mode} and waits for it to end. */
    static HostRun run(String scenario, ShimMode mode, Path... fmuDirectories) {
        return launch(scenario, mode, testJava(), Arrays.stream(fmuDirectories).map(Path::toString).toList());
    }

    /** Runs {@code fmu_host smoke <fmu dir> <assignments...>}, each assignment passed on as given. */
    static HostRun runSmoke(ShimMode mode, Path fmuDirectory, String... assignments) {
        List<String> arguments = new ArrayList<>(List.of(fmuDirectory.toString()));
        arguments.addAll(List.of(assignments));
        return launch("smoke", mode, testJava(), arguments);
    }

    /** The shim finds a JVM through JAVA_HOME first; use the one running the tests. */
    private static Map<String, String> testJava() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * Runs the host with nothing but {@code DRIVETWIN_FMU_MODE} in its environment: no JAVA_HOME, no PATH, as on a
     * machine without Java, so the shim can only use a runtime bundled in the FMU.
     */
    static HostRun runWithoutSystemJava(String scenario, ShimMode mode, Path fmuDirectory) {
        return launch(scenario, mode, null, List.of(fmuDirectory.toString()));
    }

    /** With {@code environment} null the host's environment is emptied first; otherwise these entries are added. */
    private static HostRun launch(String scenario, ShimMode mode, Map<String, String> environment,
            List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable().toString(), scenario));
        command.addAll(arguments);
        try {
            Path stdout = Files.createTempFile("fmu_host-" + scenario, ".out");
            Path stderr = Files.createTempFile("fmu_host-" + scenario, ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            if (environment == null) {
                builder.environment().clear();
            } else {
                builder.environment().putAll(environment);
            }
            builder.environment().put("DRIVETWIN_FMU_MODE", mode.environmentValue());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            HostRun run = new HostRun(scenario, mode, process.exitValue(),
                    Files.readAllLines(stdout, StandardCharsets.UTF_8), Files.readString(stderr));
            Files.delete(stdout);
            Files.delete(stderr);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
