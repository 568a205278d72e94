package dev.drivetwin.fmubattery.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Cycle aging per counted cycle on a history whose rainflow count is known: a 1 Ah cell cycled at 1C between SOC
 * 0.8 and 0.3 at 298.15 K. Steps 0.8 -> 0.3 -> 0.8 -> 0.3 close two half cycles of depth 0.5 (each containing the
 * starting point), one half cycle stays open. Expected values are each law's per-cycle equation by hand; they
 * differ from the code only by round-off (1e-12 relative).
 */
class CountedCycleAgingTest {
    private static final double CAPACITY = 3600; // 1 Ah [C]
    private static final double[] SOC = {0.3, 0.8, 0.3};

    /** Runs the history on a fresh counter; returns the cycle stress integrals {w_cyc,cap, w_cyc,res}. */
    private static double[] cycle(AgingModel model, boolean closeOpenCycles) {
        CountedCycleAging aging = new CountedCycleAging(model, CAPACITY, 0.8);
        double[] w = new double[AgingModel.DIMENSION];
        for (int k = 0; k < SOC.length; k++) {
            double current = k % 2 == 0 ? 1 : -1; // [A], 1C
            aging.afterStep(0.5 * CAPACITY, current, 298.15, SOC[k], 3.3, 1, 1, w, 0);
        }
        if (closeOpenCycles) {
            aging.countOpenCycles(SOC[SOC.length - 1], 1, 1, w, 0);
        }
        return new double[] {w[AgingModel.CYCLE_CAPACITY], w[AgingModel.CYCLE_RESISTANCE]};
    }

    @Test
    void naumannAgesByItsDepthFactorPerCountedHalfCycle() {
        // Naumann 2020 at 1C, DOC 0.5: k_C = 0.1601, k_DOC = 4.0253*(-0.1)^3 + 1.0923 = 1.0882747,
        // k = 0.17423278 % / sqrt(FEC). Two half cycles of 0.5 = 0.5 FEC: loss = k/100 * sqrt(0.5) = 0.12320 %.
        double k = 0.1601 * (4.0253 * -0.001 + 1.0923);
        NaumannLfpAging model = new NaumannLfpAging();
        double[] w = cycle(model, false);
        assertEquals(0.0012320, k / 100 * Math.sqrt(0.5), 1e-7, "hand value");
        assertEquals(k / 100 * Math.sqrt(0.5), model.capacityLoss(new double[] {0, w[0], 0, 0}), 1e-15);
        // r_C(1C) r_DOC(0.5) = 0.0001 * 0.9182 % per FEC, linear: 0.5 FEC -> 4.591e-5 %
        assertEquals(0.0001 * 0.9182 / 100 * 0.5, w[1], 1e-18);
        // the open half cycle, counted at the end, makes 0.75 FEC
        double[] closed = cycle(model, true);
        assertEquals(k / 100 * Math.sqrt(0.75), model.capacityLoss(new double[] {0, closed[0], 0, 0}), 1e-15);
    }

    @Test
    void xuCountsEachCycleAtItsDepthAndMeanSoc() {
        // Xu: f_cyc = sum n S_delta(delta) S_sigma(mean SOC) S_T(T); two half cycles of depth 0.5 around mean
        // SOC 0.55 at 298.15 K (S_T = 1).
        double expected = 2 * 0.5 * XuDegradation.depthStress(0.5) * XuDegradation.socStress(0.55);
        double[] w = cycle(new XuDegradation(), false);
        assertEquals(expected, w[0], 1e-12 * expected);
    }

    @Test
    void agingAccelerationAndStateOfHealthScaleTheCycles() {
        CountedCycleAging aging = new CountedCycleAging(new NaumannLfpAging(), CAPACITY, 0.8);
        double[] w = new double[AgingModel.DIMENSION];
        for (int k = 0; k < SOC.length; k++) {
            aging.afterStep(0.5 * CAPACITY, k % 2 == 0 ? 1 : -1, 298.15, SOC[k], 3.3, 0.9, 10, w, 0);
        }
        assertEquals(10 * 0.9 * cycle(new NaumannLfpAging(), false)[0], w[AgingModel.CYCLE_CAPACITY], 1e-15);
    }
}
