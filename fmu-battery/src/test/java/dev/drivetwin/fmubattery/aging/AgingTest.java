package dev.drivetwin.fmubattery.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

/**
 * Aging against the published equations at stated operating points. Each expected number is the paper's equation
 * evaluated by hand at that point; the tolerance is the integrator's relative tolerance (1e-8) times a margin.
 */
class AgingTest {
    private static final double YEAR = 365 * 86400.0;

    @Test
    void naumannCalendarFadeAtRoomTemperatureAndHalfChargeAfterOneYear() {
        // Naumann 2018, eq. for Q_loss,cal at T = 25 °C, SOC = 50 %, t = 1 year = 3.1536e7 s:
        // k_T = 1.2571e-5, k_SOC = 0.60225 -> 1.2571e-5 * 0.60225 * sqrt(3.1536e7) = 0.042516 (4.25 %).
        // LFP preset at rest (i = 0) at 298.15 K, SOC 0.5; one simulated hour stands for a year.
        BatteryPreset lfp = Presets.builtIn("Naumann2018Lfp220Ah");
        Pack pack = new Pack(lfp, 0.5, 298.15, YEAR / 3600, 1e-8);
        double previous = 1;
        for (int k = 0; k < 60; k++) {
            pack.stepCurrent(0, 298.15, 60);
            assertTrue(pack.stateOfHealth() < previous, "SOH falls monotonically, step " + k);
            previous = pack.stateOfHealth();
        }
        assertEquals(1.2571e-5 * 0.60225 * Math.sqrt(YEAR), 1 - pack.stateOfHealth(), 1e-6);
        // resistance: r_T(25 °C) r_SOC(0.5) t = 3.4194e-10 * 1.5604 * 3.1536e7 = 0.016827 (+1.7 %)
        assertEquals(3.4194e-10 * 1.5604 * YEAR, pack.resistanceGrowth(), 1e-8);
    }

    @Test
    void naumannCycleFadeAtOneCFullDepthAfterThousandCycles() {
        // Naumann 2020 at 1C, DOC 100 %: k_C = 0.1601, k_DOC = 4.0253*0.064 + 1.0923 = 1.349919,
        // Q_loss = 0.1601 * 1.349919 * sqrt(1000) = 6.834 % after 1000 FEC.
        NaumannLfpAging model = new NaumannLfpAging();
        double capacity = 3 * 3600;
        AgingStress stress = new AgingStress(298.15, 0.5, 3, capacity, 1.0, 3.3);
        double[] rates = new double[4];
        model.rates(stress, rates);
        double seconds = 1000 / stress.fullCycleRate();
        double[] w = {0, rates[1] * seconds, 0, 0};
        assertEquals(0.06834, model.capacityLoss(w), 1e-5);
    }

    @Test
    void schmalstiegCalendarFadeAtFiftyDegreesAndFourVolts() {
        // Schmalstieg 2014: alpha_cap(4.0 V, 323.15 K) = (7.543*4 - 23.75)e6 exp(-6976/323.15)
        // = 6.422e6 * 4.2134e-10 = 2.7059e-3 / day^0.75; after 500 days 1 - C/C0 = alpha * 500^0.75 = 0.2861.
        SchmalstiegNmcAging model = new SchmalstiegNmcAging();
        double[] rates = new double[4];
        model.rates(new AgingStress(323.15, 0.9, 0, 2.15 * 3600, 1, 4.0), rates);
        double[] w = {rates[0] * 500 * 86400, 0, 0, 0};
        double alpha = (7.543 * 4 - 23.75) * 1e6 * Math.exp(-6976 / 323.15);
        assertEquals(alpha * Math.pow(500, 0.75), model.capacityLoss(w), 1e-12);
        assertEquals(0.2861, model.capacityLoss(w), 1e-4, "28.6 % after 500 days at 50 °C, 4.0 V");
    }

    @Test
    void schmalstiegCycleFadeAtFullDepth() {
        // beta_cap(V = 3.667 V, DOD 1) = 7.6e-4 + 4.081e-3 = 4.841e-3 / sqrt(Ah); after 1000 FEC of the
        // 2.15 Ah cell, Q = 4300 Ah: loss = 4.841e-3 * sqrt(4300) = 31.7 %.
        SchmalstiegNmcAging model = new SchmalstiegNmcAging();
        double[] rates = new double[4];
        AgingStress stress = new AgingStress(308.15, 0.5, 2.15, 2.15 * 3600, 1, 3.667);
        model.rates(stress, rates);
        double seconds = 1000 / stress.fullCycleRate();
        assertEquals(4.841e-3 * Math.sqrt(4300), model.capacityLoss(new double[] {0, rates[1] * seconds, 0, 0}),
                1e-12);
    }

    @Test
    void xuCalendarLossIncludesTheSeiFormationStep() {
        // Xu 2016 at 25 °C, SOC 0.5: f_d = k_t t = 4.14e-10 * 3.1536e7 = 0.013056 after a year;
        // L = 1 - 0.0575 exp(-121 f) - 0.9425 exp(-f) = 0.057879 (5.8 %, mostly SEI formation).
        XuDegradation model = new XuDegradation();
        double[] rates = new double[4];
        model.rates(new AgingStress(298.15, 0.5, 0, 3600, 1, 3.7), rates);
        assertEquals(0.057879, model.capacityLoss(new double[] {rates[0] * YEAR, 0, 0, 0}), 1e-6);
    }

    @Test
    void agingIsMonotonicInEveryStress() {
        for (AgingModelKind kind : AgingModelKind.values()) {
            AgingModel model = AgingModel.of(kind);
            double[] cool = new double[4];
            double[] hot = new double[4];
            model.rates(new AgingStress(288.15, 0.8, 2, 7200, 0.8, 3.9), cool);
            model.rates(new AgingStress(318.15, 0.8, 2, 7200, 0.8, 3.9), hot);
            assertTrue(hot[0] > cool[0], kind + ": calendar fade grows with temperature");
            for (int k = 0; k < 4; k++) {
                assertTrue(cool[k] >= 0, kind + ": rate " + k + " is never negative");
            }
        }
    }

    @Test
    void accelerationScalesAgingTimeNotElectricalTime() {
        BatteryPreset nasa = Presets.builtIn("SahaGoebel2007B0005");
        Pack slow = new Pack(nasa, 0.8, 308.15, 10, 1e-9);
        Pack fast = new Pack(nasa, 0.8, 308.15, 1000, 1e-9);
        for (int k = 0; k < 10; k++) {
            slow.stepCurrent(0, 308.15, 100);
            fast.stepCurrent(0, 308.15, 1);
        }
        assertEquals(slow.stateOfHealth(), fast.stateOfHealth(), 1e-9, "1000 s at x10 = 10 s at x1000");
    }
}
