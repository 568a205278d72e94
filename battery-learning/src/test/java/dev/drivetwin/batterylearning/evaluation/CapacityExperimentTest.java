package dev.drivetwin.batterylearning.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.batterylearning.physics.RestRecoveryFit;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 80/20 experiment of docs/validation.md on NASA B0005 with small, fixed settings (the documented figures
 * come from the `evaluate` command, which also chooses the settings): the split, the physics-only forecast against
 * the law's recursion written out here, that the learned correction improves on the fade law alone, and that the
 * uncertainty is calibrated without the test cycles.
 */
class CapacityExperimentTest {
    private static final TrainingSettings SMALL = new TrainingSettings(List.of(8), 300, 0.01, 0.01, 2, 1);

    @Test
    void chronologicalSplitForecastsThePhysicsLawOpenLoopAndTheHybridImprovesOnIt() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        Split split = Split.chronological(b0005, 0.8);
        assertEquals(134, split.training().size(), "floor(0.8 x 168)");
        assertEquals(135, split.test().get(0).cycle());
        Comparison c = CapacityExperiment.chronological("B0005", split, FadeLawForm.REST_RECOVERY,
                FeatureSet.FORECAST, SMALL, SMALL);

        // the law fitted to cycles 1-134 only, then run from cycle 1 through all 168 rests by hand:
        // B <- η·B, R <- ρ·R + β1·exp(-β2/Δt); no measured capacity after cycle 1 enters the forecast
        RestRecoveryFade law = RestRecoveryFit.fit(CapacityExperiment.history(split.training()),
                FadeLawForm.REST_RECOVERY);
        double fading = law.initialCapacity();
        double recovered = 0;
        double squares = 0;
        for (NasaCycle cycle : b0005.subList(1, b0005.size())) {
            fading *= law.fade();
            recovered = law.recoveryRetention() * recovered
                    + law.recoveryGain() * Math.exp(-law.recoveryRestTime() / cycle.conditions().restTime());
            if (cycle.cycle() > 134) {
                double e = fading + recovered - cycle.capacity();
                squares += e * e;
            }
        }
        assertEquals(Math.sqrt(squares / split.test().size()), c.physics().rmse(), 1e-9);
        // documented 0.0388 Ah (docs/validation.md); the fit is deterministic Java, so only the last digit's
        // rounding is allowed
        assertEquals(0.0388, c.physics().rmse() / 3600, 0.00005);
        System.out.println(c.table());
        // the learned correction must pay for itself on cycles it never saw: the hybrid's RMSE below the law's
        assertTrue(c.hybrid().rmse() < c.physics().rmse(), c.table());
        // measured 0.0309 Ah with these settings; seeded float64 training on one thread repeats to 1e-10 Ah on one
        // machine (ShippedModelTest), so 5e-4 Ah only leaves room for another CPU's kernels, and a change to the
        // features or the training shows up here
        assertEquals(0.0309, c.hybrid().rmse() / 3600, 0.0005, c.table());
        assertTrue(c.bare().meanSigma() > 0, "two members trained from different seeds disagree");
    }

    @Test
    void uncertaintyIsCalibratedOnTheTrainingCyclesAloneAndScalesTheSpread() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        Split split = Split.chronological(b0005, 0.8);
        Comparison c = CapacityExperiment.chronological("B0005", split, FadeLawForm.REST_RECOVERY,
                FeatureSet.FORECAST, SMALL, SMALL);
        // the factor comes from cycles 1-134 only: computing it without the test cycles at hand gives the same
        double fromTraining = UncertaintyCalibration.chronological("B0005", split.training(),
                FadeLawForm.REST_RECOVERY, ModelKind.HYBRID, FeatureSet.FORECAST, SMALL);
        assertEquals(fromTraining, c.uncertaintyScale(), 0);
        // the calibrated σ is the spread times the factor on every cycle, so their means are too
        assertEquals(c.uncertaintyScale() * c.bare().meanSigma(), c.calibrated().meanSigma(),
                1e-12 * c.calibrated().meanSigma());
        // a wider interval covers at least as many cycles
        assertTrue(c.calibrated().withinOneSigma() >= c.bare().withinOneSigma(), c.table());
        assertTrue(c.calibrated().withinTwoSigma() >= c.calibrated().withinOneSigma(), c.table());
        // measured with these settings: factor 12.71, ±1σ coverage 1 of 34 before and 13 after,
        // ±2σ 15 after (two members often nearly agree, so the spread says little even when scaled). Training
        // repeats to 1e-10 Ah on one machine (ShippedModelTest); another CPU's kernels may move a residual across
        // an interval's edge, so the shares are allowed one of the 34 cycles, the factor 2 %
        assertEquals(12.71, c.uncertaintyScale(), 0.02 * 12.71, c.table());
        assertEquals(1 / 34.0, c.bare().withinOneSigma(), 1.01 / 34, c.table());
        assertEquals(13 / 34.0, c.calibrated().withinOneSigma(), 1.01 / 34, c.table());
        assertEquals(15 / 34.0, c.calibrated().withinTwoSigma(), 1.01 / 34, c.table());
    }
}
