package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code java -jar target/drivetwin.jar simulate} on fmu-export's packaged ThermalMass.fmu, as a user would:
 * this also proves the shaded jar starts, finds its main class and still carries FMI4j's native library.
 *
 * <p>ThermalMass: C dT/dt = Q - (T - Ta)/R. With constant inputs the exact solution is
 * T(t) = T_inf + (T0 - T_inf) exp(-t / (R C)), T_inf = Ta + Q R, and the FMU steps with exactly that formula.
 * The CSV holds every step to 17 significant digits; the only difference from the closed form at t = k h is the
 * round-off of k products exp(-h/RC) against one exp(-t/RC): about k · 1e-16 relative in the decaying term, so
 * with |T0 - T_inf| = 50 K and k ≤ 360 the error stays below 360 · 50 K · 2.2e-16 ≈ 4e-12 K; the test allows 1e-10 K.
 */
class SimulateIT {
    private static final double TOLERANCE = 1e-10; // [K], see the class comment

    private static Path fmu() {
        Path fmu = Path.of(System.getProperty("thermal.mass.fmu"));
        assertTrue(Files.isRegularFile(fmu), () -> fmu + " is missing; fmu-export packages it in pre-integration-test");
        return fmu;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result drivetwin(Path workDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("drivetwin.jar")));
        command.addAll(List.of(arguments));
        Path out = workDirectory.resolve("stdout.txt");
        Path err = workDirectory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "drivetwin did not finish in 120 s");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void csvMatchesTheClosedForm(@TempDir Path directory) throws Exception {
        double heatCapacity = 1000; // [J/K], the FMU's start value
        double thermalResistance = 0.5; // [K/W], the FMU's start value
        double ambient = 293.15; // [K], the FMU's start value
        double initial = 293.15; // [K], the FMU's start value
        double heatFlow = 100; // [W]
        Path csv = directory.resolve("results.csv");
        Result result = drivetwin(directory, "simulate", fmu().toString(), "--stop", "3600", "--step", "10",
                "--set", "heatFlow=" + heatFlow, "--out", csv.toString());
        assertEquals(0, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        assertTrue(result.out().contains("temperature [K]"), () -> "table header on stdout:\n" + result.out());

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("time [s],temperature [K],stepCount", lines.get(0));
        assertEquals(1 + 361, lines.size(), "header, the initial row and 360 steps");
        double equilibrium = ambient + heatFlow * thermalResistance;
        double timeConstant = thermalResistance * heatCapacity;
        for (int k = 0; k <= 360; k++) {
            String[] cells = lines.get(k + 1).split(",");
            double time = Double.parseDouble(cells[0]);
            assertEquals(k * 10.0, time, 0.0, "time is k * step, not a running sum");
            double expected = equilibrium + (initial - equilibrium) * Math.exp(-time / timeConstant);
            int step = k;
            assertEquals(expected, Double.parseDouble(cells[1]), TOLERANCE, () -> "temperature [K] at step " + step);
            assertEquals(k, Integer.parseInt(cells[2]), "stepCount");
        }
    }

    @Test
    void missingFmuFailsNamingTheFile(@TempDir Path directory) throws Exception {
        Result result = drivetwin(directory, "simulate", directory.resolve("Nowhere.fmu").toString(), "--stop", "1",
                "--step", "0.1");
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("Nowhere.fmu") && result.err().contains("no such file"), result.err());
    }

    @Test
    void unknownVariableFailsNamingItAndTheFmu(@TempDir Path directory) throws Exception {
        Result result = drivetwin(directory, "simulate", fmu().toString(), "--stop", "1", "--step", "0.1",
                "--set", "heatflow=100");
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("ThermalMass.fmu") && result.err().contains("'heatflow'"), result.err());
    }

    @Test
    void refusedValueFailsNamingTheCallAndTheFmu(@TempDir Path directory) throws Exception {
        Result result = drivetwin(directory, "simulate", fmu().toString(), "--stop", "1", "--step", "0.1",
                "--set", "heatCapacity=-1");
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("ThermalMass.fmu") && result.err().contains("heatCapacity")
                && result.err().contains("fmi2Error"), result.err());
    }
}
