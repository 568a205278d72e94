package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.cli.EvDrivetrainIT.Result;
import dev.drivetwin.cosimmaster.cli.EvDrivetrainIT.Table;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell-spread study as a user runs it: {@code drivetwin simulate Battery.fmu --set capacitySpread=…}, the LFP
 * preset's 104 cells in series each simulated, discharged at 200 A (about 1C) for 20 minutes. Checked against what
 * must hold whatever the drawn cells: the pack's SOC, mean cell voltage and mean cell temperature lie between the
 * extreme cells', the cells drift apart under a discharge no balancing corrects, and the pack voltage is Ns times the
 * mean cell voltage.
 */
class BatterySpreadIT {
    private static final int SERIES_CELLS = 104;

    @Test
    void spreadCellsDriftApartAroundThePackAverage(@TempDir Path directory) throws Exception {
        Path fmu = TestFmus.existing(TestFmus.root().resolve("fmu-battery/target/Battery.fmu"));
        Path csv = directory.resolve("spread.csv");
        Result result = EvDrivetrainIT.drivetwin(directory, "simulate", fmu.toString(), "--stop", "1200", "--step",
                "10", "--set", "capacitySpread=0.02", "--set", "resistanceSpread=0.05", "--set",
                "heatTransferSpread=0.1", "--set", "spreadSeed=3", "--set", "currentDemand=200", "--out",
                csv.toString());
        assertEquals(0, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        Table table = Table.read(csv);
        double previousSpread = -1;
        for (int row = 1; row < table.rows().size(); row++) {
            double soc = table.get(row, "soc");
            double lowest = table.get(row, "lowestCellSoc");
            double highest = table.get(row, "highestCellSoc");
            assertTrue(lowest < soc && soc < highest, "row " + row + ": SOC " + soc + " outside the cells' ["
                    + lowest + ", " + highest + "]");
            double voltage = table.get(row, "terminalVoltage");
            assertTrue(table.get(row, "lowestCellVoltage") < voltage && voltage < table.get(row,
                    "highestCellVoltage"), "row " + row + ": mean cell voltage outside the cells'");
            assertEquals(SERIES_CELLS * voltage, table.get(row, "packVoltage"), 1e-12 * SERIES_CELLS * voltage);
            double temperature = table.get(row, "cellTemperature");
            assertTrue(table.get(row, "lowestCellTemperature") < temperature && temperature < table.get(row,
                    "highestCellTemperature"), "row " + row + ": mean cell temperature outside the cells'");
            assertTrue(highest - lowest > previousSpread, "row " + row + ": the cells' SOCs drift further apart");
            previousSpread = highest - lowest;
        }
        // 1200 s at 200 A take 0.30 of the 220 Ah cells' SOC; with σ 2 % the extreme cells of 104 differ by about
        // 5σ in capacity, so by about 0.3·0.1 = 0.03 in SOC
        assertTrue(previousSpread > 0.01 && previousSpread < 0.1, "SOC spread after 20 min: " + previousSpread);
    }
}
