package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.aging.AgingModel;
import dev.drivetwin.fmubattery.aging.CountedCycleAging;
import dev.drivetwin.fmubattery.aging.NaumannLfpAging;
import dev.drivetwin.fmubattery.aging.RainflowCounter;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

/** The pack feeds its SOC history to the rainflow count and ages per counted cycle (Naumann 2020, LFP preset). */
class PackCycleAgingTest {
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah"); // 220 Ah cells, 104s1p

    @Test
    void cycleIntegralIsTheSumOverCountedCyclesOfNaumannsPerCycleLaw() {
        // 1C (220 A) square wave between SOC ~0.8 and ~0.3, 9 s steps, 6 half cycles, aging acceleration 1.
        // Expected: recount the pack's own SOC history, and for each count (range DOC, n cycles) add
        // (k_C(1) k_DOC(DOC) / 100)^2 n DOC SOH, Naumann's sqrt(FEC) law per cycle, with the SOH before the step.
        // The pack takes SOH after the step's integration, 9 s of calendar aging later; the first count closes
        // after 3600 s, where 9 s moves SOH by 1.2571e-5 * 0.7 * 9 / (2 sqrt(3600)) = 7e-7: 1e-5 relative.
        Pack pack = new Pack(LFP, 0.8, 298.15, 1, 1e-8);
        RainflowCounter recount = new RainflowCounter(CountedCycleAging.HYSTERESIS);
        double[] expected = new double[1];
        double[] stateOfHealth = {1};
        RainflowCounter.CycleSink law = (range, mean, n) -> {
            double k = NaumannLfpAging.cycleCapacityFactor(1, range) / 100;
            expected[0] += k * k * n * range * stateOfHealth[0];
        };
        recount.add(0.8, law);
        for (int half = 0; half < 6; half++) {
            double current = half % 2 == 0 ? 220 : -220;
            for (int k = 0; k < 200; k++) {
                stateOfHealth[0] = pack.stateOfHealth();
                pack.stepCurrent(current, 298.15, 9);
                recount.add(pack.soc(), law);
            }
        }
        double[] totals = pack.agingTotals();
        assertTrue(expected[0] > 0, "cycles were counted");
        assertEquals(expected[0], totals[AgingModel.CYCLE_CAPACITY], 1e-5 * expected[0]);
        stateOfHealth[0] = pack.stateOfHealth();
        pack.countOpenCycles();
        recount.countResidue(law);
        assertEquals(expected[0], pack.agingTotals()[AgingModel.CYCLE_CAPACITY], 1e-5 * expected[0],
                "after the open cycles are counted (ASTM step 6)");
    }

    @Test
    void stateRoundTripContinuesTheCycleCountExactly() {
        Pack whole = new Pack(LFP, 0.8, 298.15, 3600, 1e-8);
        Pack first = new Pack(LFP, 0.8, 298.15, 3600, 1e-8);
        for (int k = 0; k < 300; k++) {
            double demand = 220 * Math.sin(k / 20.0);
            whole.stepCurrent(demand, 298.15, 5);
            if (k < 150) {
                first.stepCurrent(demand, 298.15, 5);
            }
        }
        Pack resumed = new Pack(LFP, 0.8, 298.15, 3600, 1e-8);
        resumed.restore(first.state());
        for (int k = 150; k < 300; k++) {
            resumed.stepCurrent(220 * Math.sin(k / 20.0), 298.15, 5);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(whole.state(), resumed.state(), 0.0);
    }
}
