package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

/** Cells in parallel with a spread: Kirchhoff's laws, an analytic case, and the limits. */
class ParallelCellsTest {
    private static final BatteryPreset NASA = Presets.builtIn("SahaGoebel2007B0005");
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah");
    /** The LFP cell as 4 groups of 3 in parallel. */
    private static final BatteryPreset LFP_4S3P = topology(LFP, 4, 3);

    @Test
    void twoCellsInParallelBalanceAsTheLinearCircuitPredicts() {
        // 1s2p, OCV = V0 + k·SOC (linear table), R0 constant, RC pairs negligible (R 1e-12 Ohm). With cell
        // capacities Q1, Q2 and resistances Ra, Rb under a constant current I, Kirchhoff gives for δ = SOC1 - SOC2
        //   dδ/dt = -δ/τ + c,  τ = (Ra + Rb) / (k (1/Q1 + 1/Q2)),  c = I (Ra/Q2 - Rb/Q1) / (Ra + Rb)
        // so δ = cτ(1 - e^(-t/τ)) and i1 = (kδ + Rb I)/(Ra + Rb), SOC1 = SOC0 - (k∫δ + Rb I t)/((Ra + Rb) Q1).
        // Integrated at relative tolerance 1e-10; the RC pairs shift the currents by about 1e-12/0.05 relative.
        double k = 1.0;
        double r0 = 0.05;
        BatteryPreset preset = topology(NASA, 1, 2).withCell(linearCell(NASA.cell(), 3.0, k, r0));
        Pack pack = new Pack(preset, 0.9, 298.15, 0, 1e-10, new CellSpread(0.1, 0.1, 5));
        double q1 = preset.cell().capacity() * pack.cells().capacityFactor(0);
        double q2 = preset.cell().capacity() * pack.cells().capacityFactor(1);
        double ra = r0 * pack.cells().resistanceFactor(0);
        double rb = r0 * pack.cells().resistanceFactor(1);
        double current = 2;
        double tau = (ra + rb) / (k * (1 / q1 + 1 / q2));
        double c = current * (ra / q2 - rb / q1) / (ra + rb);
        assertTrue(tau > 100 && tau < 1000, "a time constant the run resolves: " + tau);
        assertTrue(Math.abs(c * tau) > 0.005, "the drawn cells differ enough to drift apart: " + c * tau);
        for (int step = 0; step < 180; step++) {
            pack.stepCurrent(current, 298.15, 10);
        }
        double t = 1800;
        double delta = c * tau * (1 - Math.exp(-t / tau));
        double deltaIntegral = c * tau * (t - tau * (1 - Math.exp(-t / tau)));
        assertEquals(delta, pack.cellSoc(0) - pack.cellSoc(1), 1e-9, "SOC difference");
        assertEquals(0.9 - (k * deltaIntegral + rb * current * t) / ((ra + rb) * q1), pack.cellSoc(0), 1e-9);
        assertEquals((k * delta + rb * current) / (ra + rb), pack.cellCurrent(0), 1e-8, "current of cell 1 [A]");
        assertEquals(current, pack.cellCurrent(0) + pack.cellCurrent(1), 1e-12, "Kirchhoff's current law");
    }

    @Test
    void cellsInAGroupShareOneVoltageAndTheGroupCurrent() {
        // After a varying load with aging on, recompute each cell's e_k and R0_k from the public state and check
        // both of Kirchhoff's laws inside every group.
        Pack pack = new Pack(LFP_4S3P, 0.7, 298.15, 86400, 1e-8, new CellSpread(0.05, 0.1, 21));
        for (int step = 0; step < 300; step++) {
            pack.stepCurrent(400 * Math.sin(step / 20.0) + 100, 293.15, 1);
        }
        for (int group = 0; group < 4; group++) {
            double sum = 0;
            double firstVoltage = Double.NaN;
            for (int n = 3 * group; n < 3 * group + 3; n++) {
                double soc = pack.cellSoc(n);
                double temperature = pack.cellTemperature(n); // each cell's tables at its own temperature
                double growth = 1 + pack.cellResistanceGrowth(n);
                double r0 = pack.cell().r0(soc, temperature) * growth * pack.cells().resistanceFactor(n);
                double voltage = pack.cell().ocv(soc, temperature) - pack.u1(n) - pack.u2(n)
                        - pack.cellCurrent(n) * r0;
                firstVoltage = Double.isNaN(firstVoltage) ? voltage : firstVoltage;
                assertEquals(firstVoltage, voltage, 1e-12, "voltage of cell " + n);
                sum += pack.cellCurrent(n);
            }
            assertEquals(pack.packCurrent(), sum, 1e-9, "current of group " + group);
        }
        assertTrue(pack.highestCellSoc() > pack.lowestCellSoc(), "cells drift apart");
    }

    @Test
    void eachGroupDeliversExactlyTheChargeThatFlowed() {
        // Σ_k q_k·Q·dSOC_k/dt = -Σ_k i_k = -I at every evaluation, so the Runge-Kutta combination conserves charge
        // up to round-off however the current shares out: Σ_k q_k·Q·(SOC_0 - SOC_k) = ∫I dt in every group
        // (discharge only, where no coulombic efficiency applies; aging off).
        Pack pack = new Pack(LFP_4S3P, 0.9, 298.15, 0, 1e-8, new CellSpread(0.05, 0.1, 23));
        double charge = 0;
        for (int step = 0; step < 600; step++) {
            double current = 300 + 250 * Math.sin(step / 15.0);
            pack.stepCurrent(current, 298.15, 1);
            charge += current;
        }
        for (int group = 0; group < 4; group++) {
            double delivered = 0;
            for (int n = 3 * group; n < 3 * group + 3; n++) {
                delivered += LFP.cell().capacity() * pack.cells().capacityFactor(n) * (0.9 - pack.cellSoc(n));
            }
            assertEquals(charge, delivered, 1e-9 * charge, "charge of group " + group + " [C]");
        }
    }

    @Test
    void stiffCouplingBetweenParallelCellsDoesNotBreakTheFirstStep() {
        // Cells in parallel pull each other's RC voltages together through R0: with R0 = 1 mOhm and R1 = R2 = 0.1
        // Ohm, C = 100 F (tau 10 s alone), u_k relaxes with rate 1/(R_k C) + (1 - 1/Np)/(R0 C) = 6.8/s, not 0.1/s.
        // A first step of one uncoupled time constant would be 68 coupled ones, far beyond the explicit method's
        // stability; error control must shorten it: the run succeeds, conserves charge, and agrees with a run at a
        // 10 000 times tighter tolerance.
        CellParameters base = NASA.cell();
        double[] soc = {0, 1};
        double[] temperature = {273.15, 323.15};
        CellParameters stiff = new CellParameters(base.capacity(), 1, 2.0, 4.5, 0, 1, 100, 100, soc, temperature,
                new double[][] {{3.0, 3.0}, {4.0, 4.0}}, flat(1e-3), flat(0.1), flat(100), flat(0.1), flat(100),
                "test: R0 much smaller than R1 and R2");
        BatteryPreset preset = topology(NASA, 1, 3).withCell(stiff);
        Pack pack = new Pack(preset, 0.9, 298.15, 0, 1e-6, new CellSpread(0.05, 0.2, 2));
        Pack reference = new Pack(preset, 0.9, 298.15, 0, 1e-10, new CellSpread(0.05, 0.2, 2));
        for (int step = 0; step < 10; step++) {
            pack.stepCurrent(6, 298.15, 10);
            reference.stepCurrent(6, 298.15, 10);
        }
        // relative tolerance 1e-6 on u1 of ~0.2 V allows ~2e-7 V, which R0 = 1 mOhm turns into ~2e-4 A between
        // the cells' currents: bounds of five times that
        for (int n = 0; n < 3; n++) {
            assertEquals(reference.u1(n), pack.u1(n), 1e-6, "u1 of cell " + n + " [V]");
            assertEquals(reference.cellCurrent(n), pack.cellCurrent(n), 1e-3, "current of cell " + n + " [A]");
        }
        double delivered = 0;
        for (int n = 0; n < 3; n++) {
            delivered += base.capacity() * pack.cells().capacityFactor(n) * (0.9 - pack.cellSoc(n));
        }
        assertEquals(600, delivered, 1e-9 * 600, "charge delivered [C]");
    }

    @Test
    void aVanishingSpreadReproducesTheIdenticalCells() {
        // σ = 1e-9 simulates all twelve cells, coupled, through the parallel code; the identical pack simulates one.
        // Factors differ from 1 by ~1e-9 and both integrate at 1e-10, so every output agrees to ~1e-8 relative.
        Pack identical = new Pack(LFP_4S3P, 0.8, 298.15, 86400, 1e-10);
        Pack resolved = new Pack(LFP_4S3P, 0.8, 298.15, 86400, 1e-10, new CellSpread(1e-9, 1e-9, 4));
        assertEquals(12, resolved.simulatedCells());
        for (int step = 0; step < 600; step++) {
            double demand = 600 * Math.sin(step / 30.0) + 200;
            identical.stepCurrent(demand, 293.15, 1);
            resolved.stepCurrent(demand, 293.15, 1);
        }
        assertRelative(identical.soc(), resolved.soc(), "soc");
        assertRelative(identical.packVoltage(), resolved.packVoltage(), "packVoltage");
        assertRelative(identical.temperature(), resolved.temperature(), "temperature");
        assertRelative(identical.packEnergy(), resolved.packEnergy(), "packEnergy");
        assertRelative(identical.heatGeneration(), resolved.heatGeneration(), "heatGeneration");
        assertRelative(identical.chemicalEnergy(), resolved.chemicalEnergy(), "chemicalEnergy");
        assertRelative(1 - identical.stateOfHealth(), 1 - resolved.stateOfHealth(), "capacity loss");
        assertRelative(identical.allowedDischargePower(), resolved.allowedDischargePower(), "allowedDischargePower");
        assertRelative(identical.allowedChargeCurrent(), resolved.allowedChargeCurrent(), "allowedChargeCurrent");
    }

    @Test
    void atTheAllowedDischargeCurrentTheLowestCellReachesItsCutOff() {
        // Voltage-bound: LFP at 263.15 K and SOC 0.05 (the identical cell is limited at 373 A < 440 A).
        Pack pack = new Pack(LFP_4S3P, 0.05, 263.15, 0, 1e-8, new CellSpread(0.02, 0.1, 8));
        double allowed = pack.allowedDischargeCurrent();
        pack.setDemandCurrent(allowed, 263.15);
        assertEquals(LFP.cell().minimumVoltage(), pack.lowestCellVoltage(), 1e-9);
        assertTrue(highestCellCurrent(pack) < LFP.cell().maximumDischargeCurrent(), "the current limit is not hit");
    }

    @Test
    void atTheAllowedDischargeCurrentTheHardestWorkingCellReachesItsCurrentLimit() {
        // Current-bound: at 298.15 K and SOC 0.9 the voltage leaves a wide margin, so the cell carrying the largest
        // share of its group's current (the lowest resistance) reaches the 440 A limit first.
        Pack pack = new Pack(LFP_4S3P, 0.9, 298.15, 0, 1e-8, new CellSpread(0.02, 0.1, 8));
        double allowed = pack.allowedDischargeCurrent();
        assertTrue(allowed < 3 * LFP.cell().maximumDischargeCurrent(), "below three cells at their limit");
        pack.setDemandCurrent(allowed, 298.15);
        assertEquals(LFP.cell().maximumDischargeCurrent(), highestCellCurrent(pack), 1e-9);
        assertTrue(pack.lowestCellVoltage() > LFP.cell().minimumVoltage(), "the voltage limit is not hit");
        assertEquals(allowed * pack.packVoltage(), pack.allowedDischargePower(), 1e-6 * pack.allowedDischargePower());
    }

    @Test
    void powerDemandIsMetAtTheStartOfTheStep() {
        Pack pack = new Pack(LFP_4S3P, 0.8, 298.15, 0, 1e-8, new CellSpread(0.02, 0.1, 9));
        pack.stepPower(5_000, 298.15, 1e-9); // a step so short that the state has not moved
        assertEquals(5_000, pack.packPower(), 5_000 * 1e-6);
    }

    private static double highestCellCurrent(Pack pack) {
        double highest = 0;
        for (int n = 0; n < pack.simulatedCells(); n++) {
            highest = Math.max(highest, pack.cellCurrent(n));
        }
        return highest;
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-8 * Math.abs(expected), what);
    }

    private static BatteryPreset topology(BatteryPreset preset, int series, int parallel) {
        return new BatteryPreset(preset.source(), preset.cell(), new PackParameters(series, parallel),
                preset.thermal(), preset.aging());
    }

    /** {@code base} with OCV = v0 + slope·SOC, R0 = r0 and RC pairs of 1e-12 Ohm, 1 s, flat in temperature. */
    private static CellParameters linearCell(CellParameters base, double v0, double slope, double r0) {
        double[] soc = {0, 1};
        double[] temperature = {273.15, 323.15};
        return new CellParameters(base.capacity(), base.coulombicEfficiency(), 2.0, 4.5, 0, 1,
                base.maximumDischargeCurrent(), base.maximumChargeCurrent(), soc, temperature,
                new double[][] {{v0, v0}, {v0 + slope, v0 + slope}}, flat(r0), flat(1e-12), flat(1e12),
                flat(1e-12), flat(1e12), base.source());
    }

    private static double[][] flat(double value) {
        return new double[][] {{value, value}, {value, value}};
    }
}
