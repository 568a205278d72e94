package dev.drivetwin.cosimmaster.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ScriptedFmuInstance;
import dev.drivetwin.cosimmaster.observe.CsvResultWriter;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleFmuRunTest {

    /** Records what the observers hear. */
    private static final class Recorder implements StepObserver {
        final List<String> events = new ArrayList<>();

        @Override
        public void stepped(long step, double time, double[] values) {
            events.add(time + ":" + values[0]);
        }

        @Override
        public void failed(String instanceName, double time, RuntimeException cause) {
            events.add("failed " + instanceName + " at " + time);
        }

        @Override
        public void finished() {
            events.add("finished");
        }
    }

    @Test
    void appliesScriptedInputsBeforeTheStepStartingAtTheirTime() {
        ScriptedFmuInstance fmu = new ScriptedFmuInstance(new ScriptedFmuInstance.Clock(), 0);
        Recorder recorder = new Recorder();
        Map<FmuVariable, String> start = new LinkedHashMap<>();
        start.put(ScriptedFmuInstance.SPEED, "1");
        // given out of order on purpose; 1.5 s is not a communication point, so it applies from 2 s
        List<InputChange> changes = List.of(new InputChange(1.5, ScriptedFmuInstance.SPEED, "-2"),
                new InputChange(1, ScriptedFmuInstance.SPEED, "3"));
        new SingleFmuRun(fmu, new FixedStepExperiment(0, 3, 1), Double.NaN, start, changes,
                List.of(ScriptedFmuInstance.POSITION), List.of(recorder)).run();
        // position: 0, +1 (speed 1), +3 (speed 3 from 1 s), -2 (speed -2 from 2 s)
        assertEquals(List.of("0.0:0.0", "1.0:1.0", "2.0:4.0", "3.0:2.0", "finished"), recorder.events);
    }

    @Test
    void aFailingStepKeepsTheResultsBeforeItAndTellsTheObservers(@TempDir Path directory) throws Exception {
        ScriptedFmuInstance fmu = new ScriptedFmuInstance(new ScriptedFmuInstance.Clock(), 0);
        Recorder recorder = new Recorder();
        Path csv = directory.resolve("results.csv");
        SingleFmuRun run = new SingleFmuRun(fmu, new FixedStepExperiment(0, 5, 1), Double.NaN,
                Map.of(ScriptedFmuInstance.SPEED, "1"), List.of(new InputChange(2, ScriptedFmuInstance.FAULT, "1")),
                List.of(ScriptedFmuInstance.POSITION), List.of(recorder, new CsvResultWriter(csv)));
        MasterException e = assertThrows(MasterException.class, run::run);
        assertTrue(e.getMessage().contains("fmi2DoStep returned fmi2Error at t = 2.0 s"), e.getMessage());
        assertEquals(List.of("0.0:0.0", "1.0:1.0", "2.0:2.0", "failed scripted at 2.0", "finished"),
                recorder.events);
        assertEquals(List.of("time [s],position [m]", "0.0,0.0", "1.0,1.0", "2.0,2.0"), Files.readAllLines(csv));
    }
}
