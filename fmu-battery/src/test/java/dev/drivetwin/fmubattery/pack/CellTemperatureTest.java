package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmubattery.thermal.ThermalParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each cell's own lumped temperature: analytic cases with and without conduction between cells, the pack's heat
 * balance, and what a warmer cell does.
 */
class CellTemperatureTest {
    private static final BatteryPreset NASA = Presets.builtIn("SahaGoebel2007B0005");
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah");

    @Test
    void eachSeriesCellWarmsAsItsOwnLumpedHeatBalancePredicts() {
        // 3s1p, R0 constant and flat in temperature, RC pairs negligible (1e-12 Ohm), OCV flat in temperature (no
        // entropic heat): under a constant current I cell n generates Q_n = I²·R0·r_n, and with h·A·h_n its heat
        // transfer, C its heat capacity, T_n = Tc + (T0 - Tc)·e^(-t/τ_n) + Q_n/(h·A·h_n)·(1 - e^(-t/τ_n)),
        // τ_n = C/(h·A·h_n). Integrated at relative tolerance 1e-10, on temperatures of ~300 K: 1e-6 K is generous.
        double r0 = 0.05;
        double current = 2;
        ThermalParameters thermal = new ThermalParameters(40, 0.05, "test: τ = 800 s");
        BatteryPreset preset = new BatteryPreset(NASA.source(), flatCell(NASA.cell(), r0), new PackParameters(3, 1),
                thermal, NASA.aging());
        Pack pack = new Pack(preset, 0.9, 300, 0, 1e-10, new CellSpread(0, 0.1, 0.2, 4));
        double coolant = 290;
        for (int step = 0; step < 120; step++) {
            pack.stepCurrent(current, coolant, 10);
        }
        double t = 1200;
        for (int n = 0; n < 3; n++) {
            double conductance = thermal.heatTransferCoefficient() * pack.cells().heatTransferFactor(n);
            double heat = current * current * r0 * pack.cells().resistanceFactor(n);
            double decay = Math.exp(-t * conductance / thermal.heatCapacity());
            double expected = coolant + (300 - coolant) * decay + heat / conductance * (1 - decay);
            assertEquals(expected, pack.cellTemperature(n), 1e-6, "temperature of cell " + n);
        }
        double spread = pack.highestCellTemperature() - pack.lowestCellTemperature();
        assertTrue(spread > 0.5, "the drawn cells part by more than the tolerance: " + spread + " K");
    }

    @Test
    void neighboursShareHeatAsTheSteadyStateOfTheThermalNetworkPredicts() {
        // The same flat cell, 3s1p, now with conduction G between neighbours. A current of ±2 A, alternating each
        // step, keeps each cell's heat Q_n = I²·R0·r_n constant and its SOC near 0.9, so the temperatures settle at
        // the steady state of the linear network, (diag(h·A·h_n) + G·L)·(T - Tc) = Q with L the row's Laplacian.
        // Run for 26 of its slowest time constants (about 1100 s), so that e^-26 of the start is left: 1e-6 K.
        double r0 = 0.05;
        double current = 2;
        double conductance = 0.1;
        ThermalParameters thermal = new ThermalParameters(40, 0.05, conductance, "test: G = 2 h·A");
        BatteryPreset preset = new BatteryPreset(NASA.source(), flatCell(NASA.cell(), r0), new PackParameters(3, 1),
                thermal, NASA.aging());
        Pack pack = new Pack(preset, 0.9, 300, 0, 1e-10, new CellSpread(0, 0.1, 0.2, 4));
        double coolant = 290;
        for (int step = 0; step < 3000; step++) {
            pack.stepCurrent(step % 2 == 0 ? current : -current, coolant, 10);
        }
        DMatrixRMaj network = new DMatrixRMaj(3, 3);
        DMatrixRMaj heat = new DMatrixRMaj(3, 1);
        for (int n = 0; n < 3; n++) {
            network.add(n, n, thermal.heatTransferCoefficient() * pack.cells().heatTransferFactor(n));
            heat.set(n, 0, current * current * r0 * pack.cells().resistanceFactor(n));
        }
        for (int n = 0; n < 2; n++) {
            network.add(n, n, conductance);
            network.add(n + 1, n + 1, conductance);
            network.add(n, n + 1, -conductance);
            network.add(n + 1, n, -conductance);
        }
        DMatrixRMaj rise = new DMatrixRMaj(3, 1);
        assertTrue(CommonOps_DDRM.solve(network, heat, rise));
        for (int n = 0; n < 3; n++) {
            assertEquals(coolant + rise.get(n, 0), pack.cellTemperature(n), 1e-6, "temperature of cell " + n);
        }
    }

    @Test
    void strongConductionEvensOutTheCells() {
        // The 1s3p LFP pack below, cooled unequally, with conduction 25 times its h·A between neighbours: the cells'
        // temperatures come far closer than without it (the warm cell's neighbours take its heat).
        double[] spread = new double[2];
        double[] conductances = {0, 50};
        for (int k = 0; k < 2; k++) {
            ThermalParameters thermal = new ThermalParameters(LFP.thermal().heatCapacity(),
                    LFP.thermal().heatTransferCoefficient(), conductances[k], "test");
            Pack pack = new Pack(new BatteryPreset(LFP.source(), LFP.cell(), new PackParameters(1, 3), thermal,
                    LFP.aging()), 0.9, 298.15, 0, 1e-8, new CellSpread(0, 0, 0.2, 1));
            for (int step = 0; step < 180; step++) {
                pack.stepCurrent(660, 298.15, 10);
            }
            spread[k] = pack.highestCellTemperature() - pack.lowestCellTemperature();
        }
        assertTrue(spread[0] > 0.3 && spread[1] < spread[0] / 10, "spread without and with conduction: "
                + spread[0] + ", " + spread[1] + " K");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 5})
    void theCellsHeatBalancesCloseOverThePack(double conductance) {
        // Σ_n C·(T_n - T0) = Σ_n ∫Q_n dt - Σ_n ∫h·A·h_n·(T_n - Tc) dt, per cell of the pack: C·(mean T - T0) =
        // heatGenerated - heatToCoolant, with every spread on; integrated at 1e-9, allow 1e-6 J of a few kJ moved.
        // Conduction between cells moves heat inside the pack and must leave the balance as it is. heatFlow is the
        // sum of the cells' h·A·h_n·(T_n - Tc), read back from their temperatures.
        ThermalParameters thermal = new ThermalParameters(LFP.thermal().heatCapacity(),
                LFP.thermal().heatTransferCoefficient(), conductance, "test");
        BatteryPreset lfp2s2p = new BatteryPreset(LFP.source(), LFP.cell(), new PackParameters(2, 2), thermal,
                LFP.aging());
        Pack pack = new Pack(lfp2s2p, 0.9, 298.15, 0, 1e-9, new CellSpread(0.03, 0.1, 0.2, 8));
        for (int k = 0; k < 600; k++) {
            pack.stepCurrent(k < 300 ? 880 : -440, 293.15, 1);
        }
        double stored = LFP.thermal().heatCapacity() * (pack.temperature() - 298.15);
        assertEquals(pack.heatGenerated() - pack.heatToCoolant(), stored, 1e-6);
        assertTrue(pack.heatGenerated() > 1000, "the test moves real heat");
        double flow = 0;
        for (int n = 0; n < 4; n++) {
            flow += LFP.thermal().heatTransferCoefficient() * pack.cells().heatTransferFactor(n)
                    * (pack.cellTemperature(n) - 293.15);
        }
        assertEquals(flow, pack.heatFlowToCoolant(), 1e-12 * Math.abs(flow));
        assertTrue(pack.highestCellTemperature() - pack.lowestCellTemperature() > 0.1, "the cells part");
    }

    @Test
    void aWorseCooledCellRunsWarmerTakesMoreOfTheCurrentAndAgesFaster() {
        // 1s3p of the LFP cell, alike but for their cooling: the cell with the smallest h·A runs warmest; its R0
        // falls with temperature (the preset's table), so it takes the largest share of the group current, and
        // calendar aging (Naumann's Arrhenius law) and cycle aging (the larger current) both age it fastest.
        BatteryPreset lfp1s3p = new BatteryPreset(LFP.source(), LFP.cell(), new PackParameters(1, 3),
                LFP.thermal(), LFP.aging());
        Pack pack = new Pack(lfp1s3p, 0.9, 298.15, 86400, 1e-8, new CellSpread(0, 0, 0.2, 1));
        for (int k = 0; k < 180; k++) {
            pack.stepCurrent(660, 298.15, 10);
        }
        int worstCooled = 0;
        for (int n = 1; n < 3; n++) {
            if (pack.cells().heatTransferFactor(n) < pack.cells().heatTransferFactor(worstCooled)) {
                worstCooled = n;
            }
        }
        assertTrue(pack.cells().heatTransferFactor(worstCooled) < 0.9, "seed 1 draws one cell cooled clearly worse");
        assertEquals(pack.highestCellTemperature(), pack.cellTemperature(worstCooled), 0.0, "warmest");
        assertTrue(pack.highestCellTemperature() - pack.lowestCellTemperature() > 0.3,
                "cooling apart by " + pack.cells().heatTransferFactor(worstCooled) + ": "
                        + (pack.highestCellTemperature() - pack.lowestCellTemperature()) + " K");
        for (int n = 0; n < 3; n++) {
            if (n != worstCooled) {
                assertTrue(pack.cellCurrent(worstCooled) > pack.cellCurrent(n), "largest current");
                assertTrue(pack.cellStateOfHealth(worstCooled) < pack.cellStateOfHealth(n), "lowest SOH");
            }
        }
        assertEquals(pack.lowestCellStateOfHealth(), pack.cellStateOfHealth(worstCooled), 0.0);
    }

    /** {@code base} with its OCV (at the first temperature), R0 = r0 and RC pairs of 1e-12 Ohm, all flat in T. */
    private static CellParameters flatCell(CellParameters base, double r0) {
        double[] soc = base.socAxis();
        double[][] ocv = new double[soc.length][];
        for (int k = 0; k < soc.length; k++) {
            ocv[k] = new double[] {base.ocv()[k][0], base.ocv()[k][0]};
        }
        return new CellParameters(base.capacity(), base.coulombicEfficiency(), base.minimumVoltage(),
                base.maximumVoltage(), base.minimumSoc(), base.maximumSoc(), base.maximumDischargeCurrent(),
                base.maximumChargeCurrent(), soc, new double[] {273.15, 323.15}, ocv, flat(soc.length, r0),
                flat(soc.length, 1e-12), flat(soc.length, 1e12), flat(soc.length, 1e-12), flat(soc.length, 1e12),
                base.source());
    }

    private static double[][] flat(int rows, double value) {
        double[][] table = new double[rows][];
        for (int k = 0; k < rows; k++) {
            table[k] = new double[] {value, value};
        }
        return table;
    }
}
