package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.observe.RunSummary;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EV drivetrain of systems/ev-drivetrain-wltc.ssd (our Vehicle, MotorInverter and Battery FMUs) run end to end
 * with {@code java -jar drivetwin.jar run}, over the first part of the WLTC, checked against physical invariants.
 */
class EvDrivetrainIT {
    /** WLTP's drive-trace tolerance (UN GTR 15, ±2 km/h around the cycle speed) [m/s]. */
    static final double TRACE_TOLERANCE = 2 / 3.6;

    record Result(int exitCode, String out, String err) {
    }

    static Result drivetwin(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("drivetwin.jar")));
        command.addAll(List.of(arguments));
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(TestFmus.root().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "drivetwin did not finish in 300 s");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A results.csv as columns by name (unit stripped). */
    record Table(List<String> names, List<double[]> rows) {
        static Table read(Path csv) throws IOException {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> names = List.of(lines.get(0).split(",")).stream().map(h -> h.replaceAll(" \\[.*]$", ""))
                    .toList();
            List<double[]> rows = lines.subList(1, lines.size()).stream().map(line -> List.of(line.split(","))
                    .stream().mapToDouble(Double::parseDouble).toArray()).toList();
            return new Table(names, rows);
        }

        double get(int row, String name) {
            int column = names.indexOf(name);
            assertTrue(column >= 0, () -> "no column " + name);
            return rows.get(row)[column];
        }
    }

    private static Path systemFile() {
        return TestFmus.existing(TestFmus.root().resolve("systems/ev-drivetrain-wltc.ssd"));
    }

    /**
     * The battery's packEnergy integrates its terminal power over each step; the master passes it the motor's DC
     * current I_k, held over the step, and the battery reports its voltage V_k at the step's end. So
     * packEnergy = sum of I_k times the mean voltage over step k times h, and the mean voltage lies between
     * V_(k-1) and V_k (the voltage moves monotonically under a held current). The difference from
     * sum I_k V_k h is therefore at most sum |I_k| |V_k - V_(k-1)| h, plus the battery's own integration
     * tolerance (1e-6 relative, its default).
     */
    static void energyMatchesTheMotorsDcPower(Table table) {
        double motorEnergy = 0;
        double bound = 0;
        double magnitude = 0;
        for (int k = 1; k < table.rows().size(); k++) {
            double h = table.get(k, "time") - table.get(k - 1, "time");
            double current = table.get(k, "motor.dcCurrent");
            double voltage = table.get(k, "battery.packVoltage");
            motorEnergy += current * voltage * h;
            magnitude += Math.abs(current * voltage) * h;
            bound += Math.abs(current) * Math.abs(voltage - table.get(k - 1, "battery.packVoltage")) * h;
        }
        double packEnergy = table.get(table.rows().size() - 1, "battery.packEnergy");
        assertTrue(packEnergy > 1e5, "the car drew " + packEnergy + " J");
        assertEquals(motorEnergy, packEnergy, bound + 1e-6 * magnitude, "pack energy [J] vs motor DC energy");
    }

    @Test
    void gaussSeidelFollowsTheCycleAndConservesEnergy(@TempDir Path directory) throws Exception {
        Path out = directory.resolve("results");
        Result result = drivetwin(directory, "run", systemFile().toString(), "--stop", "120", "--step", "0.01",
                "--algorithm", "gauss-seidel", "--out", out.toString(), "--summary",
                "--plot", "speed=vehicle.vehicleSpeed,vehicle.targetSpeed", "--report", "vehicle.distance",
                "--report-ratio", "battery.packEnergy/vehicle.distance");
        assertEquals(0, result.exitCode(), () -> "stderr:\n" + result.err());
        Table table = Table.read(out.resolve("results.csv"));
        assertEquals(12_001, table.rows().size(), "initial row and 12 000 steps of 10 ms");
        resultFilesDescribeTheRun(out, table, result.out());
        energyMatchesTheMotorsDcPower(table);
        for (int k = 0; k < table.rows().size(); k++) {
            double error = table.get(k, "vehicle.vehicleSpeed") - table.get(k, "vehicle.targetSpeed");
            assertTrue(Math.abs(error) < TRACE_TOLERANCE, "speed error " + error + " m/s at row " + k);
            // Gauss-Seidel steps the motor before the battery: the battery carries exactly the motor's current
            assertEquals(table.get(k, "motor.dcCurrent"), table.get(k, "battery.packCurrent"), 0.0);
        }
        double socStart = table.get(0, "battery.soc");
        double socEnd = table.get(table.rows().size() - 1, "battery.soc");
        assertTrue(socEnd < socStart, "SOC falls while driving: " + socStart + " -> " + socEnd);
    }

    /** The summary, the plot and the printed consumption of a 120 s run that went well. */
    private static void resultFilesDescribeTheRun(Path out, Table table, String stdout) throws IOException {
        RunSummary summary = RunSummaryWriter.read(out.resolve("summary.json"));
        assertEquals("ok", summary.status());
        assertEquals(12_000, summary.steps());
        assertEquals(List.of("vehicle", "motor", "battery"), summary.fmus().stream()
                .map(RunSummary.FmuTiming::instance).toList());
        for (RunSummary.FmuTiming fmu : summary.fmus()) {
            assertEquals(12_000, fmu.doStepCalls(), fmu.instance());
            assertEquals("IN_PROCESS", fmu.hosting());
            assertTrue(fmu.doStepTotalNanos() > 0, fmu.instance());
        }
        BufferedImage plot = ImageIO.read(out.resolve("speed.png").toFile());
        assertEquals(1200, plot.getWidth(), "PngPlotWriter's width");
        // the printed ratio is the CSV's energy change over its distance change, J/m over 3.6 for Wh/km
        int last = table.rows().size() - 1;
        double whPerKm = (table.get(last, "battery.packEnergy") - table.get(0, "battery.packEnergy"))
                / (table.get(last, "vehicle.distance") - table.get(0, "vehicle.distance")) / 3.6;
        assertTrue(stdout.contains(String.format(Locale.ROOT, "= %.2f Wh/km", whPerKm)), stdout);
    }

    @Test
    void jacobiOnTwoThreadsConservesEnergyToo(@TempDir Path directory) throws Exception {
        Path out = directory.resolve("results");
        Result result = drivetwin(directory, "run", systemFile().toString(), "--stop", "40", "--step", "0.01",
                "--algorithm", "jacobi", "--threads", "2", "--record", "motor.dcCurrent,battery.packVoltage,"
                        + "battery.packEnergy,vehicle.vehicleSpeed", "--out", out.toString());
        assertEquals(0, result.exitCode(), () -> "stderr:\n" + result.err());
        Table table = Table.read(out.resolve("results.csv"));
        assertEquals(List.of("time", "motor.dcCurrent", "battery.packVoltage", "battery.packEnergy",
                "vehicle.vehicleSpeed"), table.names());
        energyMatchesTheMotorsDcPower(table);
    }

    @Test
    void validateReportsTheConnectionsAndNoLoop(@TempDir Path directory) throws Exception {
        Result result = drivetwin(directory, "validate", systemFile().toString());
        assertEquals(0, result.exitCode(), () -> "stderr:\n" + result.err());
        assertTrue(result.out().contains("3 components, 6 connections") && result.out().contains("no algebraic loops")
                && result.out().contains("motor.dcCurrent -> battery.currentDemand"), result.out());
    }

    @Test
    void inspectValidatesTheBatteryFmu(@TempDir Path directory) throws Exception {
        Path battery = TestFmus.existing(TestFmus.root().resolve("fmu-battery/target/Battery.fmu"));
        Result result = drivetwin(directory, "inspect", battery.toString());
        assertEquals(0, result.exitCode(), () -> "stderr:\n" + result.err());
        assertTrue(result.out().contains("canGetAndSetFMUstate true") && result.out().contains("packVoltage")
                && result.out().contains("valid (RuleValidator"), result.out());
    }

    @Test
    void aBrokenSystemFileFailsNamingFileLineAndElement(@TempDir Path directory) throws Exception {
        Path broken = Files.writeString(directory.resolve("broken.ssd"), Files.readString(systemFile())
                .replace("endConnector=\"dcVoltage\"", "endConnector=\"dcVoltag\"")
                .replace("source=\"../", "source=\"" + TestFmus.root() + "/")
                .replace("source=\"ev-battery.ssv", "source=\"" + TestFmus.root() + "/systems/ev-battery.ssv"));
        Result result = drivetwin(directory, "validate", broken.toString());
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("broken.ssd line ") && result.err().contains("'dcVoltag'"), result.err());
    }
}
