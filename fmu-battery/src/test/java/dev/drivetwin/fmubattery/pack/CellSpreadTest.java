package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class CellSpreadTest {
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah"); // 104s1p

    @Test
    void zeroSpreadReproducesThePackOfIdenticalCellsBitForBit() {
        Pack identical = new Pack(LFP, 0.8, 298.15, 86400, 1e-6);
        Pack zero = new Pack(LFP, 0.8, 298.15, 86400, 1e-6, new CellSpread(0, 0, 12345));
        assertEquals(1, zero.simulatedCells(), "identical cells: one stands for all");
        for (int k = 0; k < 600; k++) {
            double demand = 150 * Math.sin(k / 30.0) + 50;
            identical.stepCurrent(demand, 293.15, 1);
            zero.stepCurrent(demand, 293.15, 1);
        }
        assertArrayEquals(identical.state(), zero.state(), 0.0);
        assertEquals(identical.allowedDischargePower(), zero.allowedDischargePower(), 0.0);
    }

    @Test
    void capacitySpreadLowersUsableCapacityToTheExpectedMinimumOfTheGroups() {
        // Ns = 104 groups of one cell, capacity factors 1 + sigma z: the usable capacity is the smallest, whose
        // mean over seeds is 1 - sigma E[max of 104 standard normals] (truncation at 4 sigma changes it by
        // < 1e-4 sigma). E[max of n] = integral x n phi(x) Phi(x)^(n-1) dx, evaluated here (about 2.5).
        double sigma = 0.01;
        double expectedMax = expectedMaximumOfStandardNormals(104);
        assertEquals(2.5, expectedMax, 0.05, "order statistic of 104 normals (tables: 2.51 for n = 100)");
        int seeds = 400;
        double sum = 0;
        double sumOfSquares = 0;
        for (int seed = 0; seed < seeds; seed++) {
            double factor = new Pack(LFP, 0.8, 298.15, 0, 1e-6, new CellSpread(sigma, 0, seed)).usableCapacity()
                    / LFP.cell().capacity();
            sum += factor;
            sumOfSquares += factor * factor;
        }
        double mean = sum / seeds;
        double standardError = Math.sqrt((sumOfSquares / seeds - mean * mean) / seeds);
        assertEquals(1 - sigma * expectedMax, mean, 4 * standardError, "mean limiting capacity factor");
        Pack pack = new Pack(LFP, 0.8, 298.15, 0, 1e-8, new CellSpread(sigma, 0, 1));
        double smallest = Double.POSITIVE_INFINITY;
        for (int n = 0; n < pack.simulatedCells(); n++) {
            smallest = Math.min(smallest, pack.cells().capacityFactor(n));
        }
        assertEquals(LFP.cell().capacity() * smallest, pack.usableCapacity(), 1e-6, "the smallest of 104 cells");
    }

    @Test
    void eachSeriesCellDrainsByTheChargeOverItsOwnCapacity() {
        // Exact case: cells in series carry the pack current, so dSOC_n/dt = -i / (q_n Q), constant (aging off);
        // the pack SOC is the charge-weighted mean, 0.9 - N·ΔSOC/Σq.
        Pack nominal = new Pack(LFP, 0.9, 298.15, 0, 1e-8);
        Pack spreadPack = new Pack(LFP, 0.9, 298.15, 0, 1e-8, new CellSpread(0.02, 0.03, 7));
        for (int k = 0; k < 100; k++) {
            nominal.stepCurrent(200, 298.15, 10);
            spreadPack.stepCurrent(200, 298.15, 10);
        }
        double drop = 0.9 - nominal.soc();
        double capacityFactors = 0;
        for (int n = 0; n < 104; n++) {
            double q = spreadPack.cells().capacityFactor(n);
            assertEquals(0.9 - drop / q, spreadPack.cellSoc(n), 1e-12, "cell " + n);
            capacityFactors += q;
        }
        assertEquals(0.9 - 104 * drop / capacityFactors, spreadPack.soc(), 1e-12, "pack SOC");
        assertTrue(spreadPack.highestCellSoc() - spreadPack.lowestCellSoc() > 0.01, "the cells drift apart");
    }

    @Test
    void resistanceSpreadSpreadsTheCellVoltagesByTheirResistances() {
        // At the first instant of a load (u1 = u2 = 0, equal SOC) cell n drops i R0 r_n: the lowest voltage is the
        // cell with the highest factor, the pack voltage the mean drop.
        Pack nominal = new Pack(LFP, 0.5, 298.15, 0, 1e-8);
        Pack spreadPack = new Pack(LFP, 0.5, 298.15, 0, 1e-8, new CellSpread(0, 0.03, 3));
        nominal.setDemandCurrent(200, 298.15);
        spreadPack.setDemandCurrent(200, 298.15);
        double ocv = nominal.cell().ocv(0.5, 298.15);
        double nominalDrop = ocv - nominal.cellVoltage();
        double highest = 0;
        double sum = 0;
        for (int n = 0; n < 104; n++) {
            highest = Math.max(highest, spreadPack.cells().resistanceFactor(n));
            sum += spreadPack.cells().resistanceFactor(n);
        }
        assertEquals(highest * nominalDrop, ocv - spreadPack.lowestCellVoltage(), 1e-12);
        assertEquals(sum / 104 * nominalDrop, ocv - spreadPack.cellVoltage(), 1e-12);
    }

    @Test
    void resistanceSpreadLowersTheAllowedDischargeCurrentWhereTheVoltageLimitBinds() {
        // LFP at 263.15 K and SOC 0.05: (OCV - 2.5 V) / R0 = (3.0035 - 2.5) / 0.00135 = 373 A, below the 440 A
        // current limit, so the allowed current is (OCV - V_min) / (R0 r) of the cell with the highest factor r.
        Pack nominal = new Pack(LFP, 0.05, 263.15, 0, 1e-8);
        Pack spreadPack = new Pack(LFP, 0.05, 263.15, 0, 1e-8, new CellSpread(0.01, 0.03, 11));
        assertEquals(373.0, nominal.allowedDischargeCurrent(), 0.5, "voltage-limited, by hand");
        double highest = 0;
        for (int n = 0; n < 104; n++) {
            highest = Math.max(highest, spreadPack.cells().resistanceFactor(n));
        }
        assertEquals(nominal.allowedDischargeCurrent() / highest, spreadPack.allowedDischargeCurrent(), 1e-9);
    }

    private static double expectedMaximumOfStandardNormals(int n) {
        double h = 1e-3;
        double sum = 0;
        for (double x = -8; x <= 8; x += h) {
            double phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            double cdf = 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
            sum += x * n * phi * Math.pow(cdf, n - 1) * h;
        }
        return sum;
    }
}
