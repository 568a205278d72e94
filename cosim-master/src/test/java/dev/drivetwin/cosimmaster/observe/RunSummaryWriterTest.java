package dev.drivetwin.cosimmaster.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.InputChange;
import dev.drivetwin.cosimmaster.execution.SingleFmuRun;
import dev.drivetwin.cosimmaster.fmi.ScriptedFmuInstance;
import dev.drivetwin.cosimmaster.fmi.TimedFmuInstance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryWriterTest {
    @TempDir
    Path directory;

    private final ScriptedFmuInstance.Clock clock = new ScriptedFmuInstance.Clock();

    private RunSummary run(List<InputChange> changes) {
        // every doStep moves the scripted wall clock by 2 ms
        TimedFmuInstance instance = new TimedFmuInstance(new ScriptedFmuInstance(clock, 2_000_000));
        Path file = directory.resolve("summary.json");
        RunSummaryWriter writer = new RunSummaryWriter(file, List.of(Path.of("Scripted.fmu")), 0, 10, 0.5,
                "fixed step", Map.of(instance, "IN_PROCESS"), () -> clock.nanos);
        SingleFmuRun run = new SingleFmuRun(instance, new FixedStepExperiment(0, 10, 0.5), Double.NaN, Map.of(),
                changes, List.of(ScriptedFmuInstance.POSITION), List.of(writer));
        try {
            run.run();
        } catch (MasterException e) {
            // the summary must tell of it
        }
        return RunSummaryWriter.read(file);
    }

    @Test
    void reportsStepsWallTimeRealTimeFactorAndDoStepCost() {
        RunSummary summary = run(List.of());
        assertEquals("ok", summary.status());
        assertNull(summary.failure());
        assertEquals(20, summary.steps());
        assertEquals(10, summary.simulatedUntil(), 0.0);
        // 20 steps of 2 ms scripted wall time: 0.04 s for 10 s simulated, a real-time factor of 250
        assertEquals(0.04, summary.wallTime(), 1e-15);
        assertEquals(250, summary.realTimeFactor(), 1e-9);
        RunSummary.FmuTiming timing = summary.fmus().get(0);
        assertEquals("scripted", timing.instance());
        assertEquals("IN_PROCESS", timing.hosting());
        assertEquals(20, timing.doStepCalls());
        assertEquals((double) timing.doStepTotalNanos() / 20, timing.doStepMeanNanos(), 1e-9);
        assertEquals(List.of("Scripted.fmu"), summary.files());
        assertEquals(0.5, summary.stepSize());
    }

    @Test
    void reportsTheFailingInstanceTimeAndMessage() {
        RunSummary summary = run(List.of(new InputChange(3, ScriptedFmuInstance.FAULT, "1")));
        assertEquals("failed", summary.status());
        assertEquals("scripted", summary.failure().instance());
        assertEquals(3, summary.failure().time(), 0.0, "the step from 3 s failed, so results end at 3 s");
        assertEquals("Scripted.fmu: instance 'scripted': fmi2DoStep returned fmi2Error at t = 3.0 s", summary.failure().message());
        assertEquals(6, summary.steps());
        assertEquals(7, summary.fmus().get(0).doStepCalls(), "six good steps and the failed one");
    }

    @Test
    void aSummaryThatCannotBeReadNamesTheFile() {
        Path missing = directory.resolve("none.json");
        MasterException e = assertThrows(MasterException.class, () -> RunSummaryWriter.read(missing));
        assertEquals(true, e.getMessage().startsWith(missing.toString()), e.getMessage());
    }
}
