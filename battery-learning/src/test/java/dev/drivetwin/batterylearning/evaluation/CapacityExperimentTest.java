package dev.drivetwin.batterylearning.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The 80/20 experiment of docs/validation.md on NASA B0005 with small, fixed settings (the documented figures
 * come from the `evaluate` command, which also chooses the settings): the split, the physics-only figure against
 * an independent computation, and that the learned correction improves on the fade law alone.
 */
class CapacityExperimentTest {
    private static final TrainingSettings SMALL = new TrainingSettings(List.of(8), 300, 0.01, 0.01, 2, 1);

    @Test
    void chronologicalSplitScoresThePhysicsLawOnUnseenCyclesAndTheHybridImprovesOnIt() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        Split split = Split.chronological(b0005, 0.8);
        assertEquals(134, split.training().size(), "floor(0.8 x 168)");
        assertEquals(135, split.test().get(0).cycle());
        Comparison c = CapacityExperiment.chronological("B0005", split, OptionalDouble.of(1), SMALL, SMALL);

        // physics with z = 1 is a straight line fitted to cycles 1-134: recompute it independently
        double sn = 0, sc = 0, snn = 0, snc = 0;
        for (NasaCycle t : split.training()) {
            sn += t.cycle();
            sc += t.capacity();
            snn += (double) t.cycle() * t.cycle();
            snc += t.cycle() * t.capacity();
        }
        int m = split.training().size();
        double slope = (m * snc - sn * sc) / (m * snn - sn * sn);
        double intercept = (sc - slope * sn) / m;
        double squares = 0;
        for (NasaCycle t : split.test()) {
            double e = intercept + slope * t.cycle() - t.capacity();
            squares += e * e;
        }
        assertEquals(Math.sqrt(squares / split.test().size()), c.physics().rmse(), 1e-9);
        System.out.println(c.table());
        // the learned correction must pay for itself on cycles it never saw: the hybrid's RMSE below the law's
        assertTrue(c.hybrid().rmse() < c.physics().rmse(), c.table());
        assertTrue(c.meanUncertainty() > 0, "two members trained from different seeds disagree");
    }
}
