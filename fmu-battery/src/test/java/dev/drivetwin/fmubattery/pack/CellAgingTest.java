package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.aging.AgingModelKind;
import dev.drivetwin.fmubattery.aging.AgingParameters;
import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmubattery.thermal.ThermalParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** With a spread every cell ages by its own stress. */
class CellAgingTest {
    private static final BatteryPreset LFP = Presets.builtIn("Naumann2018Lfp220Ah");
    private static final double TEMPERATURE = 298.15;
    /** m·c_p so large that the cells' heat moves the temperature by well under a microkelvin. */
    private static final ThermalParameters HELD_TEMPERATURE = new ThermalParameters(1e12, 1,
            "test: temperature held");

    @ParameterizedTest
    @EnumSource(value = AgingModelKind.class, names = {"NAUMANN_LFP", "WANG_LFP"})
    void eachCellOfASeriesStringAgesAsThatCellWouldAlone(AgingModelKind law) {
        // Four cells in series carry one current. At a held temperature, cell n of the spread pack is then the
        // one-cell pack whose capacity is q_n·Q and whose resistances are r_n·R, under the same current: the same
        // SOC history, the same cycle stress and the same calendar stress. Naumann 2020's depth-of-cycle law ages
        // per counted cycle (rainflow per cell), Wang 2011's continuously with the C-rate of the cell's own
        // capacity. 1C square wave between SOC ~0.8 and ~0.3, aging 1000 times accelerated. Both integrate at
        // relative tolerance 1e-10, over different state vectors: they agree to ~1e-11, not bit for bit.
        BatteryPreset series = withTopology(LFP, 4, 1, law);
        CellSpread spread = new CellSpread(0.05, 0.1, 13);
        Pack pack = new Pack(series, 0.8, TEMPERATURE, 1000, 1e-10, spread);
        Pack[] alone = new Pack[4];
        for (int n = 0; n < 4; n++) {
            alone[n] = new Pack(cellAlone(series, pack.cells().capacityFactor(n), pack.cells().resistanceFactor(n)),
                    0.8, TEMPERATURE, 1000, 1e-10);
        }
        for (int half = 0; half < 6; half++) {
            double current = half % 2 == 0 ? 220 : -220;
            for (int k = 0; k < 200; k++) {
                pack.stepCurrent(current, TEMPERATURE, 9);
                for (Pack cell : alone) {
                    cell.stepCurrent(current, TEMPERATURE, 9);
                }
            }
        }
        for (int n = 0; n < 4; n++) {
            assertEquals(alone[n].soc(), pack.cellSoc(n), 1e-8, "SOC of cell " + n);
            double loss = 1 - alone[n].stateOfHealth();
            assertEquals(loss, 1 - pack.cellStateOfHealth(n), 1e-6 * loss, "capacity loss of cell " + n);
            double growth = alone[n].resistanceGrowth();
            assertEquals(growth, pack.cellResistanceGrowth(n), 1e-6 * growth, "resistance growth of cell " + n);
        }
        int weakest = weakest(pack);
        int strongest = strongest(pack);
        assertTrue(pack.cellStateOfHealth(weakest) < pack.cellStateOfHealth(strongest),
                "the cell of least capacity cycles deepest and loses the largest share of its capacity");
        assertEquals(pack.cellStateOfHealth(weakest), pack.lowestCellStateOfHealth(), 0.0);
    }

    @Test
    void packSocIsTheChargeStoredOverThePresentCapacity() {
        // Each cell's SOC is of its own aged capacity, so the pack's is Σ Q·q_n·SOH_n·SOC_n / Σ Q·q_n·SOH_n. Age
        // one cell of four far more than the others (its aging totals added many times) so the weights differ.
        Pack pack = new Pack(withTopology(LFP, 2, 2, LFP.aging().model()), 0.9, TEMPERATURE, 86400, 1e-8,
                new CellSpread(0.1, 0.1, 5));
        double[] before = pack.agingTotals();
        for (int k = 0; k < 300; k++) {
            pack.stepCurrent(300, TEMPERATURE, 1);
        }
        double[] increment = pack.agingTotals();
        for (int k = 0; k < increment.length; k++) {
            increment[k] = k < Pack.AGING_TOTALS_PER_CELL ? 200 * (increment[k] - before[k]) : 0;
        }
        pack.addAging(increment);
        double stored = 0;
        double capacity = 0;
        for (int n = 0; n < 4; n++) {
            double present = LFP.cell().capacity() * pack.cells().capacityFactor(n) * pack.cellStateOfHealth(n);
            stored += present * pack.cellSoc(n);
            capacity += present;
        }
        assertTrue(pack.cellStateOfHealth(0) < pack.cellStateOfHealth(1) - 0.05, "cell 0 aged far more");
        assertEquals(stored / capacity, pack.soc(), 1e-12);
    }

    @Test
    void identicalCellsAgeAsBefore() {
        // The pack of identical cells is its one simulated cell: the pack's SOH is that cell's.
        Pack pack = new Pack(LFP, 0.8, TEMPERATURE, 86400, 1e-8);
        for (int k = 0; k < 100; k++) {
            pack.stepCurrent(100, TEMPERATURE, 10);
        }
        assertEquals(pack.cellStateOfHealth(0), pack.stateOfHealth(), 0.0);
        assertEquals(pack.stateOfHealth(), pack.lowestCellStateOfHealth(), 0.0);
        assertEquals(pack.cellResistanceGrowth(0), pack.resistanceGrowth(), 0.0);
    }

    private static int weakest(Pack pack) {
        int weakest = 0;
        for (int n = 1; n < pack.simulatedCells(); n++) {
            weakest = pack.cells().capacityFactor(n) < pack.cells().capacityFactor(weakest) ? n : weakest;
        }
        return weakest;
    }

    private static int strongest(Pack pack) {
        int strongest = 0;
        for (int n = 1; n < pack.simulatedCells(); n++) {
            strongest = pack.cells().capacityFactor(n) > pack.cells().capacityFactor(strongest) ? n : strongest;
        }
        return strongest;
    }

    private static BatteryPreset withTopology(BatteryPreset preset, int series, int parallel, AgingModelKind law) {
        return new BatteryPreset(preset.source(), preset.cell(), new PackParameters(series, parallel),
                HELD_TEMPERATURE, new AgingParameters(law, "test: " + law));
    }

    /** {@code preset}'s cell with its capacity times {@code q} and its resistances times {@code r}, alone (1s1p). */
    private static BatteryPreset cellAlone(BatteryPreset preset, double q, double r) {
        CellParameters c = preset.cell();
        CellParameters scaled = new CellParameters(c.capacity() * q, c.coulombicEfficiency(), c.minimumVoltage(),
                c.maximumVoltage(), c.minimumSoc(), c.maximumSoc(), c.maximumDischargeCurrent(),
                c.maximumChargeCurrent(), c.socAxis(), c.temperatureAxis(), c.ocv(), times(c.r0(), r), times(c.r1(), r),
                c.c1(), times(c.r2(), r), c.c2(), c.source());
        return new BatteryPreset(preset.source(), scaled, new PackParameters(1, 1), preset.thermal(),
                preset.aging());
    }

    private static double[][] times(double[][] table, double factor) {
        double[][] scaled = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            scaled[i] = new double[table[i].length];
            for (int j = 0; j < table[i].length; j++) {
                scaled[i][j] = table[i][j] * factor;
            }
        }
        return scaled;
    }
}
