package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.observe.RunSummary;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
    void writesPlotAndSummaryIntoTheOutFolderAndRunsOutOfProcess(@TempDir Path directory) throws Exception {
        Path results = directory.resolve("results");
        Result result = drivetwin(directory, "simulate", fmu().toString(), "--stop", "3600", "--step", "10",
                "--set", "heatFlow=100", "--out", results.toString(), "--plot", "temperature", "--summary",
                "--progress", "--out-of-process");
        assertEquals(0, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        List<String> lines = Files.readAllLines(results.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 361, lines.size(), "header, the initial row and 360 steps");
        // T(3600 s) from the closed form, as in csvMatchesTheClosedForm
        double expected = 343.15 - 50 * Math.exp(-3600 / 500.0);
        assertEquals(expected, Double.parseDouble(lines.get(361).split(",")[1]), TOLERANCE);

        BufferedImage plot = ImageIO.read(results.resolve("temperature.png").toFile());
        assertEquals(1200, plot.getWidth(), "a PNG drawn headless by the shaded jar");

        RunSummary summary = RunSummaryWriter.read(results.resolve("summary.json"));
        assertEquals("ok", summary.status());
        assertEquals(360, summary.steps());
        assertEquals(3600, summary.simulatedUntil(), 0.0);
        assertEquals("CHILD_PROCESS", summary.fmus().get(0).hosting());
        assertEquals(360, summary.fmus().get(0).doStepCalls());
        assertTrue(summary.realTimeFactor() > 0 && summary.wallTime() > 0, summary::toString);
        assertTrue(result.err().contains("100% [##############################] t = 3600.00 s"), result.err());
    }

    /** FaultySlave from fmu-export; its input fault makes the next doStep fail (see FaultySlave). */
    private static Path faultySlave() {
        return Path.of(System.getProperty("faulty.slave.fmu"));
    }

    /**
     * Runs FaultySlave for 10 steps of 1 s with fault set from t = 4 s: the message must name the FMU, the call
     * and the time, and the CSV and the summary must hold the results up to 4 s.
     */
    private static String failsAfterFourSteps(Path directory, String... options) throws Exception {
        Path results = directory.resolve("results");
        List<String> arguments = new ArrayList<>(List.of("simulate", faultySlave().toString(), "--stop", "10",
                "--step", "1", "--out", results.toString(), "--summary"));
        arguments.addAll(List.of(options));
        Result result = drivetwin(directory, arguments.toArray(String[]::new));
        assertEquals(1, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        List<String> lines = Files.readAllLines(results.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("time [s],time [s]", "0.0,0.0", "1.0,1.0", "2.0,2.0", "3.0,3.0", "4.0,4.0"), lines);
        RunSummary summary = RunSummaryWriter.read(results.resolve("summary.json"));
        assertEquals("failed", summary.status());
        assertEquals("FaultySlave", summary.failure().instance());
        assertEquals(4, summary.failure().time(), 0.0);
        assertEquals(4, summary.steps());
        assertTrue(result.err().contains("drivetwin simulate: " + summary.failure().message()), result.err());
        assertTrue(summary.failure().message().startsWith(faultySlave() + ": "), summary.failure().message());
        return summary.failure().message();
    }

    @Test
    void anFmuErrorKeepsTheResultsBeforeIt(@TempDir Path directory) throws Exception {
        assertEquals(faultySlave() + ": instance 'FaultySlave': fmi2DoStep with step 1.0 s returned fmi2Error at t = 4.0 s",
                failsAfterFourSteps(directory, "--change", "fault=1@4"));
    }

    @Test
    void aCrashOutOfProcessKeepsTheResultsBeforeIt(@TempDir Path directory) throws Exception {
        String message = failsAfterFourSteps(directory, "--change", "fault=3@4", "--out-of-process");
        assertTrue(message.contains("instance 'FaultySlave': its child process ended during fmi2DoStep with step 1.0 s"
                + " at t = 4.0 s (exit code 86)"), message);
    }

    @Test
    void aHangOutOfProcessEndsAfterTheCallTimeoutAndKeepsTheResultsBeforeIt(@TempDir Path directory)
            throws Exception {
        String message = failsAfterFourSteps(directory, "--change", "fault=4@4", "--out-of-process",
                "--call-timeout", "1.5");
        assertTrue(message.contains("instance 'FaultySlave': fmi2DoStep with step 1.0 s at t = 4.0 s did not answer"
                + " within 1.5 s, so its child process was destroyed"), message);
    }

    @Test
    void plotWithoutOutIsBadUsage(@TempDir Path directory) throws Exception {
        Result result = drivetwin(directory, "simulate", fmu().toString(), "--stop", "1", "--step", "0.1",
                "--plot", "temperature");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--plot and --summary need --out"), result.err());
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
