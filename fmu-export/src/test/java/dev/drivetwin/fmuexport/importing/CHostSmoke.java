package dev.drivetwin.fmuexport.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs fmu-export's C test host ({@code fmu_host smoke <unpacked FMU>}, fmu-export/src/test/c/fmu_host.c) on a
 * packaged FMU in a process of its own: a host that is not a JVM, dlopen-ing the FMU's binaries/linux64 library,
 * which then starts its own JVM. The scenario instantiates, sets up and initializes with start values, steps 100 ×
 * 1 ms saving the state at step 50, restores it and steps to 100 again, and checks every Real came out
 * bit-identical. Failsafe passes the host's path as system property fmu.host; fmu-export's pre-integration-test
 * builds it, so fmu-export must be in the same reactor build.
 */
public final class CHostSmoke {
    private static final long TIMEOUT_SECONDS = 120;

    private CHostSmoke() {
    }

    /** Runs the smoke scenario on {@code fmu} and asserts that the host's checks and ours pass. */
    public static void assertPasses(File fmu) throws IOException, InterruptedException {
        String host = System.getProperty("fmu.host");
        assertTrue(host != null && Files.isExecutable(Path.of(host)), "C test host not found at " + host
                + "; fmu-export builds it in pre-integration-test, so build fmu-export in the same reactor");
        Path unpacked = Files.createTempDirectory("fmu_host-smoke");
        try {
            long reals = unpack(fmu, unpacked);
            Path stdout = unpacked.resolveSibling(unpacked.getFileName() + ".out");
            ProcessBuilder builder = new ProcessBuilder(host, "smoke", unpacked.toString())
                    .redirectErrorStream(true).redirectOutput(stdout.toFile());
            // The shim finds a JVM through JAVA_HOME first; use the one running the tests.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("fmu_host smoke " + fmu + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String output = Files.readString(stdout, StandardCharsets.UTF_8);
            Files.delete(stdout);
            assertEquals(0, process.exitValue(), () -> "fmu_host smoke " + fmu + " failed:\n" + output);
            Map<String, String> result = results(output);
            assertEquals("true", result.get("passed"), output);
            assertEquals("100", result.get("smoke.steps"), output);
            assertEquals("0", result.get("smoke.stateMismatches"), output);
            assertEquals(String.valueOf(reals), result.get("smoke.reals"),
                    "the host's count of Real variables must match the model description");
            for (long vr = 0; vr < reals; vr++) {
                double value = Double.parseDouble(result.get("smoke.real" + vr));
                assertTrue(Double.isFinite(value), "Real value reference " + vr + " is " + value);
            }
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Extracts {@code fmu} into {@code directory} and returns how many Real variables it declares. */
    private static long unpack(File fmu, Path directory) throws IOException {
        try (ZipFile zip = new ZipFile(fmu)) {
            for (ZipEntry entry : zip.stream().toList()) {
                Path target = directory.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(directory), "zip entry outside the FMU folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        try (InputStream in = Files.newInputStream(directory.resolve("modelDescription.xml"))) {
            ModelDescription description = ModelDescriptionReader.read(in, fmu.getName() + "!/modelDescription.xml");
            return description.modelVariables().stream().filter(v -> v.baseType() == BaseType.REAL).count();
        }
    }

    private static Map<String, String> results(String output) {
        Map<String, String> result = new HashMap<>();
        for (String line : List.of(output.split("\n"))) {
            if (line.startsWith("RESULT ")) {
                int equals = line.indexOf('=');
                result.put(line.substring("RESULT ".length(), equals), line.substring(equals + 1));
            }
        }
        return result;
    }
}
