package dev.drivetwin.batterylearning.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.fmubattery.residual.CycleConditions;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three references of {@link AttainableAccuracy}, on data with a known answer and on NASA B0005. */
class AttainableAccuracyTest {
    private static final double HOUR = 3600;
    private static final double AH = 3600;

    @Test
    void secondDifferencesRecoverTheScatterAroundALinearTrendAndSkipLongRests() {
        Random random = new Random(7);
        int n = 20_000;
        double[] capacity = new double[n];
        double[] rest = new double[n];
        Arrays.fill(rest, 5 * HOUR);
        for (int k = 0; k < n; k++) {
            capacity[k] = 7000 - 18.0 * k + 7.2 * random.nextGaussian();
        }
        rest[100] = 20 * HOUR; // a long rest leaves out the three differences that reach cycle 100
        capacity[100] += 500;  // and its recovery, which would otherwise dominate the estimate
        AttainableAccuracy.Scatter scatter = AttainableAccuracy.Scatter.of(capacity, rest);
        assertEquals(n - 2 - 3, scatter.differences());
        // σ from 19 995 differences: its relative standard error is about 1 %, so 4 % is a four-sigma bound
        assertEquals(7.2, scatter.sigma(), 0.04 * 7.2);
    }

    @Test
    void theLawToldEachMeasurementCarriesAnOffsetOnWithItsFade() {
        RestRecoveryFade law = new RestRecoveryFade(7000, 0.997, 0.95, 250, 50_000);
        double[] rests = new double[40];
        Arrays.fill(rests, 5 * HOUR);
        rests[25] = 20 * HOUR;
        double[] lawCapacity = law.capacities(rests);
        double offset = 40;
        List<NasaCycle> cycles = new ArrayList<>();
        for (int k = 0; k < rests.length; k++) {
            cycles.add(cycle(k + 1, lawCapacity[k] + offset, rests[k], 0, 0));
        }
        // every measurement sits 40 C above the law: the forecast carries η·40 C of it, so misses by (1 - η)·40 C
        double rmse = AttainableAccuracy.oneCycleAhead(CapacityExperiment.capacities(cycles), lawCapacity,
                law.fade(), 30);
        assertEquals((1 - law.fade()) * offset, rmse, 1e-9);
    }

    @Test
    void aCapacityLinearInTheInputsIsFittedExactlyDespiteTheConstantDischargeRate() {
        List<NasaCycle> cycles = new ArrayList<>();
        Random random = new Random(3);
        double[] physics = new double[34];
        for (int k = 1; k <= 34; k++) {
            double rest = (4 + 20 * random.nextDouble()) * HOUR;
            double chargeTime = 10_000 + 300 * random.nextGaussian();
            physics[k - 1] = 5000 + 50 * random.nextGaussian();
            double capacity = 5000 - 3 * k + 0.02 * chargeTime + 40 * Math.log(rest / HOUR);
            cycles.add(cycle(k, capacity + 0.5 * physics[k - 1], rest, chargeTime,
                    2000 + 100 * random.nextGaussian()));
        }
        // the capacity is linear in the hybrid's inputs, and misses the ML-only inputs by 0.5·C_physics' scatter
        assertEquals(0, AttainableAccuracy.linearFit(cycles, FeatureSet.FORECAST, ModelKind.HYBRID, physics), 1e-8);
        assertTrue(AttainableAccuracy.linearFit(cycles, FeatureSet.FORECAST, ModelKind.DATA_ONLY, physics) > 10);
        // five varying inputs and the intercept: six cycles would be fitted exactly whatever they hold
        assertTrue(Double.isNaN(AttainableAccuracy.linearFit(cycles.subList(0, 6), FeatureSet.FORECAST,
                ModelKind.DATA_ONLY, physics)));
    }

    @Test
    void nasaB0005EightyTwentyReferencesAsDocumented() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        AttainableAccuracy a = AttainableAccuracy.chronological(Split.chronological(b0005, 0.8),
                FadeLawForm.REST_RECOVERY, FeatureSet.FORECAST);
        System.out.println(a.table("B0005 80/20"));
        // docs/validation.md; deterministic arithmetic on fixed data, so only the last printed digit's rounding
        assertEquals(0.0017, a.noise() / AH, 0.00005);
        assertEquals(0.0085, a.oneCycleAhead() / AH, 0.00005);
        assertEquals(0.0070, a.linearOnTest() / AH, 0.00005);
        assertEquals(0.0042, a.linearOnTestWithPhysics() / AH, 0.00005);
        assertEquals(0.0388, a.linearFromTraining() / AH, 0.00005);
    }

    private static NasaCycle cycle(int number, double capacity, double restTime, double chargeTime,
            double constantCurrentChargeTime) {
        return new NasaCycle("T", new CycleConditions(number, 300, 310, chargeTime, constantCurrentChargeTime, restTime,
                1.0 / 3600), capacity);
    }
}
