package dev.drivetwin.fmuexport.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs fmu-export's C test host ({@code fmu_host smoke <unpacked FMU>}, fmu-export/src/test/c/fmu_host.c) on a
 * packaged FMU in a process of its own: a host that is not a JVM, dlopen-ing the FMU's binaries/linux64 library,
 * which then starts its own JVM. The scenario instantiates, sets the start values it was given (if any), sets up
 * and initializes, steps {@value #STEPS} × {@value #STEP_SIZE} s saving the state at step 50, restores it and steps
 * to the end again, and checks every Real came out bit-identical. Failsafe passes the host's path as system
 * property fmu.host; fmu-export's pre-integration-test builds it, so fmu-export must be in the same reactor build.
 */
public final class CHostSmoke {
    /** Steps the smoke scenario takes, from t = 0; a model run directly must take the same to compare. */
    public static final int STEPS = 100;
    /** Communication step of the smoke scenario [s]; step k starts at k · STEP_SIZE. */
    public static final double STEP_SIZE = 1e-3;
    private static final long TIMEOUT_SECONDS = 120;

    private CHostSmoke() {
    }

    /** Runs the smoke scenario on {@code fmu} with its start values; asserts the host's checks and ours pass. */
    public static void assertPasses(File fmu) throws IOException, InterruptedException {
        assertPasses(fmu, Map.of());
    }

    /**
     * Runs the smoke scenario on {@code fmu} with {@code startValues} set after instantiation and before
     * initialization, asserts that the host's checks and ours pass, and returns every Real variable's value after
     * the last step, by name, for the caller to compare with its model run directly.
     *
     * @param startValues variable name to value, by the variable's declared type: a Real takes any {@link Number}
     *     (as its double value), an Integer an integral {@link Integer}, {@link Long}, {@link Short} or
     *     {@link Byte} within int range, a Boolean a {@link Boolean}, a String a {@link String} without NUL (it
     *     travels as a command-line argument)
     * @throws AssertionError if a name is not in the model description, the value's type does not fit the
     *     variable's (an Enumeration takes none), or if the host or a check fails
     */
    public static Map<String, Double> assertPasses(File fmu, Map<String, ?> startValues)
            throws IOException, InterruptedException {
        String host = System.getProperty("fmu.host");
        assertTrue(host != null && Files.isExecutable(Path.of(host)), "C test host not found at " + host
                + "; fmu-export builds it in pre-integration-test, so build fmu-export in the same reactor");
        Path unpacked = Files.createTempDirectory("fmu_host-smoke");
        try {
            ModelDescription description = unpack(fmu, unpacked);
            List<String> command = new ArrayList<>(List.of(host, "smoke", unpacked.toString()));
            command.addAll(assignments(description, startValues, fmu));
            Map<String, String> result = run(command, unpacked, fmu);
            assertEquals(String.valueOf(STEPS), result.get("smoke.steps"), "steps the host took");
            assertEquals(STEP_SIZE, Double.parseDouble(result.get("smoke.stepSize")), "the host's step size");
            assertEquals("0", result.get("smoke.stateMismatches"));
            assertEquals(String.valueOf(startValues.size()), result.get("smoke.assignments"),
                    "start values the host set");
            return finalReals(description, result);
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Runs the host, asserts it passed and returns its RESULT lines as key to value. */
    private static Map<String, String> run(List<String> command, Path unpacked, File fmu)
            throws IOException, InterruptedException {
        Path stdout = unpacked.resolveSibling(unpacked.getFileName() + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile());
        // The shim finds a JVM through JAVA_HOME first; use the one running the tests.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Files.deleteIfExists(stdout);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        Files.delete(stdout);
        assertEquals(0, process.exitValue(), () -> command + " on " + fmu + " failed:\n" + output);
        Map<String, String> result = results(output);
        assertEquals("true", result.get("passed"), output);
        return result;
    }

    /**
     * The host's {@code <type>:<vr>=<value>} arguments for {@code startValues}, sorted by name so the command line is
     * the same on every run. Double.toString gives a decimal that reads back as the same double, and glibc's strtod
     * rounds correctly, so the FMU receives the value exactly.
     */
    private static List<String> assignments(ModelDescription description, Map<String, ?> startValues, File fmu) {
        Map<String, ScalarVariable> byName = new HashMap<>();
        description.modelVariables().forEach(v -> byName.put(v.name(), v));
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, ?> entry : new TreeMap<>(startValues).entrySet()) {
            ScalarVariable variable = byName.get(entry.getKey());
            if (variable == null) {
                throw new AssertionError("no variable named '" + entry.getKey() + "' in " + fmu.getName());
            }
            arguments.add(assignment(variable, entry.getValue()));
        }
        return arguments;
    }

    /** The variable's declared type picks the host's setter; the value must be of the Java type that matches it. */
    private static String assignment(ScalarVariable variable, Object value) {
        long vr = variable.valueReference();
        return switch (variable.baseType()) {
            case REAL -> "real:" + vr + "=" + asReal(variable, value);
            case INTEGER -> "integer:" + vr + "=" + asInt(variable, value);
            case BOOLEAN -> "boolean:" + vr + "=" + asBoolean(variable, value);
            case STRING -> "string:" + vr + "=" + asString(variable, value);
            case ENUMERATION -> throw new AssertionError("'" + variable.name()
                    + "' is declared Enumeration; the C host sets no Enumeration start values");
        };
    }

    private static double asReal(ScalarVariable variable, Object value) {
        if (!(value instanceof Number number)) {
            throw mismatch(variable, value, "a Number");
        }
        return number.doubleValue();
    }

    private static int asInt(ScalarVariable variable, Object value) {
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte;
        if (!integral || ((Number) value).longValue() != ((Number) value).intValue()) {
            throw mismatch(variable, value, "an int");
        }
        return ((Number) value).intValue();
    }

    private static boolean asBoolean(ScalarVariable variable, Object value) {
        if (!(value instanceof Boolean bool)) {
            throw mismatch(variable, value, "a Boolean");
        }
        return bool;
    }

    /** The host takes the text from its argv, where a NUL would end it early. */
    private static String asString(ScalarVariable variable, Object value) {
        if (!(value instanceof String text) || text.indexOf('\0') >= 0) {
            throw mismatch(variable, value, "a String without NUL");
        }
        return text;
    }

    private static AssertionError mismatch(ScalarVariable variable, Object value, String expected) {
        String given = value == null ? "null" : "'" + value + "' (" + value.getClass().getSimpleName() + ")";
        return new AssertionError("'" + variable.name() + "' is declared " + variable.baseType().elementName()
                + ", so its start value must be " + expected + "; " + given + " is not");
    }

    /** Every Real variable's final value by name, each checked to be finite. */
    private static Map<String, Double> finalReals(ModelDescription description, Map<String, String> result) {
        List<ScalarVariable> reals = description.modelVariables().stream()
                .filter(v -> v.baseType() == BaseType.REAL).toList();
        assertEquals(String.valueOf(reals.size()), result.get("smoke.reals"),
                "the host's count of Real variables must match the model description");
        Map<String, Double> values = new LinkedHashMap<>();
        for (ScalarVariable variable : reals) {
            String printed = result.get("smoke.real" + variable.valueReference());
            assertTrue(printed != null, "the host printed no value for Real value reference "
                    + variable.valueReference() + " (" + variable.name() + ")");
            double value = Double.parseDouble(printed);
            assertTrue(Double.isFinite(value), variable.name() + " is " + value);
            values.put(variable.name(), value);
        }
        return values;
    }

    /** Extracts {@code fmu} into {@code directory} and returns its model description. */
    private static ModelDescription unpack(File fmu, Path directory) throws IOException {
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
            return ModelDescriptionReader.read(in, fmu.getName() + "!/modelDescription.xml");
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
