package dev.drivetwin.fmubattery.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.pack.PackParameters;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

class ThermalEnergyBalanceTest {

    @Test
    void storedHeatEqualsGeneratedMinusRemoved() {
        // m c_p (T1 - T0) = ∫Q_gen dt - ∫h A (T - Tc) dt; all three integrated at relative tolerance 1e-9, so
        // the balance closes to ~1e-9 of the heat moved (a few kJ): allow 1e-6 J.
        BatteryPreset lfp = Presets.builtIn("Naumann2018Lfp220Ah");
        Pack pack = new Pack(lfp, 0.9, 298.15, 0, 1e-9);
        for (int k = 0; k < 600; k++) {
            pack.stepCurrent(k < 300 ? 440 : -220, 293.15, 1);
        }
        double stored = lfp.thermal().heatCapacity() * (pack.temperature() - 298.15);
        assertEquals(pack.heatGenerated() - pack.heatToCoolant(), stored, 1e-6);
        assertTrue(pack.heatGenerated() > 1000, "the test moves real heat");
    }

    @Test
    void electricalLossesBecomeHeat() {
        // Circuit energy balance (NASA preset: no dOCV/dT, so no reversible heat; R, C constant):
        // ∫i·OCV dt - ∫i·v dt = ∫(i²R0 + u1²/R1 + u2²/R2) dt + C1 u1²/2 + C2 u2²/2.
        BatteryPreset nasa = Presets.builtIn("SahaGoebel2007B0005");
        Pack pack = new Pack(nasa, 1.0, 298.15, 0, 1e-10);
        for (int k = 0; k < 1200; k++) {
            pack.stepCurrent(2, 298.15, 1);
        }
        double c1 = pack.cell().c1(0.5, 298.15);
        double c2 = pack.cell().c2(0.5, 298.15);
        double storedInCapacitors = 0.5 * c1 * pack.u1(0) * pack.u1(0) + 0.5 * c2 * pack.u2(0) * pack.u2(0);
        double lost = pack.chemicalEnergy() - pack.packEnergy();
        // relative tolerance 1e-10 on integrals of ~1e2 J: 1e-7 J is generous and still far below any term
        assertEquals(pack.heatGenerated() + storedInCapacitors, lost, 1e-7);
    }

    @Test
    void electricalLossesBecomeHeatInEveryCellOfASpreadPack() {
        // The same balance per cell of a 2s3p pack with spread, every cell simulated: currents circulate between
        // cells in parallel as their SOCs part, and what one cell's OCV gives up another's takes in, so the pack's
        // ∫Σi·OCV - ∫v·I must still equal the heat of all cells plus what all their capacitors hold (per cell of
        // the pack: chemicalEnergy and heatGenerated are means, packEnergy is the pack's).
        BatteryPreset nasa = Presets.builtIn("SahaGoebel2007B0005");
        BatteryPreset pack2s3p = new BatteryPreset(nasa.source(), nasa.cell(), new PackParameters(2, 3),
                nasa.thermal(), nasa.aging());
        Pack pack = new Pack(pack2s3p, 1.0, 298.15, 0, 1e-10, new CellSpread(0.05, 0.1, 17));
        for (int k = 0; k < 1200; k++) {
            pack.stepCurrent(6, 298.15, 1);
        }
        double c1 = pack.cell().c1(0.5, 298.15);
        double c2 = pack.cell().c2(0.5, 298.15);
        double storedInCapacitors = 0;
        for (int n = 0; n < pack.simulatedCells(); n++) {
            storedInCapacitors += 0.5 * c1 * pack.u1(n) * pack.u1(n) + 0.5 * c2 * pack.u2(n) * pack.u2(n);
        }
        storedInCapacitors /= pack.simulatedCells();
        double lost = pack.chemicalEnergy() - pack.packEnergy() / 6;
        assertEquals(6, pack.simulatedCells());
        assertEquals(pack.heatGenerated() + storedInCapacitors, lost, 1e-7);
        assertTrue(pack.highestCellSoc() - pack.lowestCellSoc() > 0.01, "the cells parted");
    }
}
