package dev.drivetwin.cosimmaster.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FixedStepExperimentTest {

    @Test
    void countsWholeStepsDespiteRoundOffInTheRatio() {
        // 100 / 0.1 is not exactly 1000 in binary floating point; it must still count as 1000 steps.
        assertEquals(1000, new FixedStepExperiment(0, 100, 0.1).steps());
        assertEquals(360, new FixedStepExperiment(0, 3600, 10).steps());
    }

    @Test
    void timesAreStartPlusStepCountTimesStepNotASum() {
        FixedStepExperiment experiment = new FixedStepExperiment(5, 105, 0.1);
        double sum = 5;
        for (int k = 0; k < 999; k++) {
            sum += 0.1;
        }
        assertEquals(5 + 999 * 0.1, experiment.time(999), 0.0);
        // the running sum has drifted; the product has not (this is why time is not summed)
        assertEquals(5 + 999 * 0.1, sum, 1e-11);
        assertEquals(105, experiment.time(1000), 0.0, "the last point is exactly the stop time");
    }

    @Test
    void shortensTheLastStepToEndAtTheStopTime() {
        FixedStepExperiment experiment = new FixedStepExperiment(0, 1, 0.3);
        assertEquals(4, experiment.steps());
        assertEquals(0.9, experiment.time(3), 1e-15);
        assertEquals(1, experiment.time(4), 0.0);
    }

    @Test
    void refusesStepsThatAreNotPositiveAndStopsBeforeStart() {
        assertThrows(IllegalArgumentException.class, () -> new FixedStepExperiment(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FixedStepExperiment(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FixedStepExperiment(1, 1, 0.1));
    }
}
