package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.observe.RunSummary;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drivetwin run --real-time-factor 1} over 2 s of simulated time must take 2 s of wall time. The summary's
 * wall time runs from the first values to the end, and the pacer starts after the first values and waits after
 * the last step until 2 s after its start, so the wall time cannot be below 2 s. Above it, the allowance is 0.5 s:
 * the C FMU's 200 steps take well under a millisecond together, and the pacer aims at absolute moments, so a late
 * wake-up on a loaded machine delays one step but does not add up; 0.5 s is a wake-up hundreds of times later than
 * the scheduler's usual few milliseconds.
 */
class RealTimeIT {
    private static final double SIMULATED = 2; // [s]
    private static final double LATE_ALLOWANCE = 0.5; // [s], see the class comment

    @Test
    void realTimeFactorOneTakesAsLongAsSimulated(@TempDir Path directory) throws Exception {
        Path system = Files.writeString(directory.resolve("wall.ssd"), TestFmus.SSD_HEADER.formatted("wall")
                + "<ssd:System name=\"wall\"><ssd:Elements>\n"
                + "<ssd:Component name=\"wall\" type=\"application/x-fmu-sharedlibrary\" source=\""
                + TestFmus.cModel("MassSpringWall").toUri() + "\"/>\n"
                + "</ssd:Elements></ssd:System>\n</ssd:SystemStructureDescription>\n");
        Path results = directory.resolve("results");
        EvDrivetrainIT.Result result = EvDrivetrainIT.drivetwin(directory, "run", system.toString(), "--stop",
                Double.toString(SIMULATED), "--step", "0.01", "--real-time-factor", "1", "--out", results.toString(),
                "--summary");
        assertEquals(0, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        RunSummary summary = RunSummaryWriter.read(results.resolve("summary.json"));
        assertEquals(200, summary.steps());
        assertTrue(summary.wallTime() >= SIMULATED, () -> "wall time " + summary.wallTime() + " s");
        assertTrue(summary.wallTime() <= SIMULATED + LATE_ALLOWANCE, () -> "wall time " + summary.wallTime() + " s");
    }
}
