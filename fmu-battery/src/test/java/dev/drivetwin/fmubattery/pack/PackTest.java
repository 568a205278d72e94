package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

class PackTest {
    private static final BatteryPreset NASA = Presets.builtIn("SahaGoebel2007B0005");
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah");

    @Test
    void socFallsByIntegratedCurrentOverCapacity() {
        // Exact case: with aging off, dSOC/dt = -i/Q is constant within a step and Runge-Kutta integrates a
        // constant exactly, so the only error is round-off: 3600 steps x ~1e-16 relative << 1e-9.
        Pack pack = new Pack(NASA, 1.0, 298.15, 0, 1e-8);
        double charge = 0;
        for (int k = 0; k < 3600; k++) {
            double current = 1.0 + 0.5 * Math.sin(k / 100.0);
            pack.stepCurrent(current, 298.15, 0.5);
            charge += current * 0.5;
        }
        assertEquals(1.0 - charge / NASA.cell().capacity(), pack.soc(), 1e-9, "SOC after 30 min of discharge");
    }

    @Test
    void chargingStoresCoulombicEfficiencyTimesTheCharge() {
        // LFP preset: eta = 0.999; charging at 220 A for 100 s from SOC 0.5 stores 0.999 * 22000 C.
        Pack pack = new Pack(LFP, 0.5, 298.15, 0, 1e-8);
        for (int k = 0; k < 100; k++) {
            pack.stepCurrent(-220, 298.15, 1);
        }
        assertEquals(0.5 + 0.999 * 22000 / LFP.cell().capacity(), pack.soc(), 1e-9);
    }

    @Test
    void polarisationFollowsTheExactRcSolutionUnderConstantCurrent() {
        // NASA preset: R and C do not depend on SOC or T, so u_k = i R_k (1 - exp(-t / R_k C_k)) exactly.
        // Integrator at relative tolerance 1e-10: the local errors sum to well below 1e-8 V over 60 steps.
        Pack pack = new Pack(NASA, 1.0, 298.15, 0, 1e-10);
        double r1 = pack.cell().r1(0.5, 298.15);
        double c1 = pack.cell().c1(0.5, 298.15);
        double r2 = pack.cell().r2(0.5, 298.15);
        double c2 = pack.cell().c2(0.5, 298.15);
        for (int k = 0; k < 60; k++) {
            pack.stepCurrent(2, 298.15, 10);
        }
        assertEquals(2 * r1 * (1 - Math.exp(-600 / (r1 * c1))), pack.u1(0), 1e-8, "u1 [V] at 600 s");
        assertEquals(2 * r2 * (1 - Math.exp(-600 / (r2 * c2))), pack.u2(0), 1e-8, "u2 [V] at 600 s");
    }

    @Test
    void powerDemandIsMetAtTheStartOfTheStep() {
        Pack pack = new Pack(LFP, 0.8, 298.15, 0, 1e-8);
        pack.stepPower(50_000, 298.15, 1e-9); // a step so short that the state has not moved
        assertEquals(50_000, pack.packPower(), 50_000 * 1e-6);
    }

    @Test
    void undeliverablePowerIsRefusedWithTheMaximum() {
        Pack pack = new Pack(NASA, 0.5, 298.15, 0, 1e-8);
        BatteryException e = assertThrows(BatteryException.class, () -> pack.stepPower(1000, 298.15, 1));
        assertEquals(BatteryError.POWER_NOT_DELIVERABLE, e.error());
        assertEquals(0.5, pack.soc(), 0.0, "a refused step changes nothing");
    }

    @Test
    void allowedCurrentsReachTheVoltageLimits() {
        Pack pack = new Pack(NASA, 0.5, 298.15, 0, 1e-8);
        double discharge = pack.allowedDischargeCurrent();
        double r0 = pack.cell().r0(0.5, 298.15);
        double byVoltage = (pack.cell().ocv(0.5, 298.15) - 2.7) / r0; // v(i) = 2.7 V
        assertEquals(Math.min(4.0, byVoltage), discharge, 1e-12, "the smaller of the 4 A limit and v = 2.7 V");
        assertEquals(1.5, pack.allowedChargeCurrent(), 0.0, "charge limited by the 1.5 A current limit");
        assertTrue(discharge > 0 && r0 > 0);
        Pack empty = new Pack(NASA, 0.0, 298.15, 0, 1e-8);
        assertEquals(0, empty.allowedDischargeCurrent(), 0.0, "no discharge at the SOC floor");
    }

    @Test
    void packScalesCellVoltageAndCurrent() {
        Pack pack = new Pack(LFP, 0.8, 298.15, 0, 1e-8);
        pack.stepCurrent(100, 298.15, 1);
        assertEquals(104 * pack.cellVoltage(), pack.packVoltage(), 1e-12);
        assertEquals(100, pack.packCurrent(), 0.0);
    }

    @Test
    void outputsFollowEveryChangeOfStateAndDemand() {
        // Outputs share the current among the cells once per state; after each change they must equal those of a
        // fresh pack restored to the same state, which has computed nothing yet.
        Pack pack = new Pack(LFP, 0.6, 298.15, 86400, 1e-8, new CellSpread(0.02, 0.05, 3));
        pack.stepCurrent(300, 298.15, 10);
        double[] before = pack.agingTotals();
        pack.stepCurrent(300, 298.15, 10);
        double[] increment = pack.agingTotals();
        for (int k = 0; k < increment.length; k++) {
            increment[k] -= before[k];
        }
        assertSameOutputsAsRestored(pack, "after a step");
        pack.setDemandCurrent(-200, 298.15);
        assertSameOutputsAsRestored(pack, "after a new demand");
        for (int k = 0; k < 1000; k++) {
            pack.addAging(increment); // years of the same use: resistances grow visibly
        }
        assertSameOutputsAsRestored(pack, "after added aging");
        pack.countOpenCycles();
        assertSameOutputsAsRestored(pack, "after counting the open cycles");
    }

    private static void assertSameOutputsAsRestored(Pack pack, String when) {
        double[] outputs = outputs(pack);
        Pack fresh = new Pack(LFP, 0.6, 298.15, 86400, 1e-8, new CellSpread(0.02, 0.05, 3));
        fresh.restore(pack.state());
        assertArrayEqualsExactly(outputs(fresh), outputs, when);
    }

    private static double[] outputs(Pack pack) {
        return new double[] {pack.cellVoltage(), pack.lowestCellVoltage(), pack.heatGeneration(),
            pack.allowedDischargeCurrent(), pack.allowedChargePower(), pack.cellCurrent(7)};
    }

    private static void assertArrayEqualsExactly(double[] expected, double[] actual, String when) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 0.0, when + ": output " + k);
        }
    }

    @Test
    void badArgumentsNameTheField() {
        BatteryException soc = assertThrows(BatteryException.class, () -> new Pack(NASA, 1.2, 298.15, 1, 1e-6));
        assertTrue(soc.getMessage().startsWith("initialSoc = 1.2"), soc.getMessage());
        BatteryException tol = assertThrows(BatteryException.class, () -> new Pack(NASA, 0.5, 298.15, 1, -1));
        assertTrue(tol.getMessage().startsWith("tolerance"), tol.getMessage());
    }
}
