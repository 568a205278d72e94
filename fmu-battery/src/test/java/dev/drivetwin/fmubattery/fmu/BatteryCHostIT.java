package dev.drivetwin.fmubattery.fmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.PresetFiles;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmuexport.importing.CHostSmoke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery.fmu driven by our C test host, the third importer the foundation tests with ({@link CHostSmoke}): its
 * outputs after the smoke run must equal {@link Pack} called directly and stepped the same way, to 1e-12 relative
 * as in {@link BatteryScenario} (the same Java code on the same inputs, so in practice bit for bit).
 */
class BatteryCHostIT {
    // Battery.fmu's start values, those BatterySlave declares; the tests also check the FMU reports them.
    private static final String PRESET = "Naumann2018Lfp220Ah";
    private static final double INITIAL_SOC = 0.8;
    private static final double INITIAL_TEMPERATURE = 298.15; // [K]
    private static final double AGING_ACCELERATION = 1;
    private static final double TOLERANCE = 1e-6;
    private static final double COOLANT_TEMPERATURE = 298.15; // [K]

    private static final CellSpread SPREAD = new CellSpread(0.02, 0.03, 0.1, 7);
    private static final double DISCHARGE = 200; // [A], about 1 C for the 220 Ah cell
    // The other built-in preset: NASA's B0005 18650 cell, 1.86 Ah, as a pack of one cell (1s1p).
    private static final String SINGLE_CELL_PRESET = "SahaGoebel2007B0005";
    private static final double SINGLE_CELL_DISCHARGE = 2; // [A], about 1 C for that cell
    private static final double POWER_DEMAND = 50e3; // [W], about 150 A from the 104-cell pack at 330 V

    /**
     * With start values the demand is 0 A and the coolant is at the cell's temperature, so only calendar aging
     * moves in 0.1 s; the equality is still a check of every output read through the C host.
     */
    @Test
    void cHostWithStartValuesEqualsTheModelAndRestoresTheStateExactly() throws IOException, InterruptedException {
        Map<String, Double> values = CHostSmoke.assertPasses(BatteryScenario.packagedFmu(), Map.of());
        assertStartValues(values, CellSpread.NONE, 0);
        BatteryScenario.assertOutputsEqual(smokeRun(PRESET, CellSpread.NONE, 0), values, "C host");
    }

    /**
     * Sets the cell spread parameters and, so that the pack moves, the input currentDemand before initialization
     * (FMI 2.0 allows both), and compares with {@link Pack} built with that {@link CellSpread}. Then checks that
     * the spread moved the result far beyond the tolerance, so the match shows the parameters reach the pack.
     */
    @Test
    void cHostSetsTheCellSpreadAndEqualsTheModelWithThatSpread() throws IOException, InterruptedException {
        Map<String, Number> startValues = Map.of("capacitySpread", SPREAD.capacityDeviation(), "resistanceSpread",
                SPREAD.resistanceDeviation(), "heatTransferSpread", SPREAD.heatTransferDeviation(), "spreadSeed",
                (int) SPREAD.seed(), "currentDemand", DISCHARGE);
        Map<String, Double> values = CHostSmoke.assertPasses(BatteryScenario.packagedFmu(), startValues);
        assertStartValues(values, SPREAD, DISCHARGE);
        BatteryScenario.assertOutputsEqual(smokeRun(PRESET, SPREAD, DISCHARGE), values, "C host with spread");

        // 0.1 s at 200 A take 2.5e-5 of the cell's SOC; the weakest cell's capacity factor is about 1 - 0.02·2.5
        // (the lowest of 104 normals), so its SOC falls about 1.3e-6 further. The highest resistance factor, about
        // 1 + 0.03·2.5, adds some 4 mV to that cell's ohmic drop (the RC pairs have hardly charged in 0.1 s). Both
        // lie far beyond 1e-12 relative, a few pV.
        Pack identical = smokeRun(PRESET, CellSpread.NONE, DISCHARGE);
        assertTrue(identical.soc() - values.get("lowestCellSoc") > 5e-7, "lowestCellSoc with spread "
                + values.get("lowestCellSoc") + " must lie well below the identical cells' " + identical.soc());
        assertTrue(identical.cellVoltage() - values.get("lowestCellVoltage") > 1e-3, "lowestCellVoltage with spread "
                + values.get("lowestCellVoltage") + " must lie well below the identical cells' "
                + identical.cellVoltage());
    }

    /**
     * Sets the String parameter preset (fmi2SetString) to the single-cell preset, and compares with {@link Pack}
     * built from that preset. One cell near 80 % SOC stands at about 4 V, the default 104-cell pack at about 330 V,
     * so the voltage shows the string reached the slave before it built its pack.
     */
    @Test
    void cHostSetsTheStringPresetAndEqualsTheModelWithThatCell() throws IOException, InterruptedException {
        Map<String, Object> startValues = Map.of("preset", SINGLE_CELL_PRESET, "currentDemand",
                SINGLE_CELL_DISCHARGE);
        Map<String, Double> values = CHostSmoke.assertPasses(BatteryScenario.packagedFmu(), startValues);
        assertStartValues(values, CellSpread.NONE, SINGLE_CELL_DISCHARGE);
        BatteryScenario.assertOutputsEqual(smokeRun(SINGLE_CELL_PRESET, CellSpread.NONE, SINGLE_CELL_DISCHARGE),
                values, "C host with the single-cell preset");
        double packVoltage = values.get("packVoltage");
        assertTrue(packVoltage > 3 && packVoltage < 4.5, "packVoltage of one cell: " + packVoltage + " V");
    }

    /**
     * Sets the String parameter preset to the path of a preset file, the single-cell preset with twice its capacity,
     * and compares with {@link Pack} built from that file: the slave inside the host's process reads the file.
     */
    @Test
    void cHostSetsThePresetToAFileAndEqualsTheModelWithThatCell(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path file = directory.resolve("MyCell.json");
        Files.writeString(file, PresetFiles.withField(SINGLE_CELL_PRESET, "capacity",
                2 * Presets.builtIn(SINGLE_CELL_PRESET).cell().capacity()));
        Map<String, Object> startValues = Map.of("preset", file.toString(), "currentDemand",
                SINGLE_CELL_DISCHARGE);
        Map<String, Double> values = CHostSmoke.assertPasses(BatteryScenario.packagedFmu(), startValues);
        Pack fromFile = smokeRun(file.toString(), CellSpread.NONE, SINGLE_CELL_DISCHARGE);
        BatteryScenario.assertOutputsEqual(fromFile, values, "C host with a preset file");
        Pack builtIn = smokeRun(SINGLE_CELL_PRESET, CellSpread.NONE, SINGLE_CELL_DISCHARGE);
        // 0.1 s at 2 A: the doubled capacity halves the SOC drop, 3e-5 against 1.5e-5, far beyond 1e-12
        assertTrue(values.get("soc") - builtIn.soc() > 1e-5, "soc " + values.get("soc")
                + " must show the file's doubled capacity against the built-in cell's " + builtIn.soc());
    }

    /**
     * Sets the Boolean parameter powerDemandMode (fmi2SetBoolean) to true and the input powerDemand, leaving
     * currentDemand at 0 A, and compares with {@link Pack} stepped by power. Had the Boolean not arrived, the
     * slave would follow currentDemand and draw no current at all.
     */
    @Test
    void cHostSetsTheBooleanPowerDemandModeAndEqualsTheModelSteppedByPower()
            throws IOException, InterruptedException {
        Map<String, Object> startValues = Map.of("powerDemandMode", true, "powerDemand", POWER_DEMAND);
        Map<String, Double> values = CHostSmoke.assertPasses(BatteryScenario.packagedFmu(), startValues);
        assertStartValues(values, CellSpread.NONE, 0);
        assertEquals(POWER_DEMAND, values.get("powerDemand"), 0, "powerDemand in the FMU");
        BatteryScenario.assertOutputsEqual(powerRun(POWER_DEMAND), values, "C host in power demand mode");
        assertTrue(values.get("packCurrent") > 100, "packCurrent " + values.get("packCurrent")
                + " A must be the current for " + POWER_DEMAND + " W, not currentDemand's 0 A");
    }

    /** The Real parameters and inputs the FMU holds after the run: the start values, and what the test set. */
    private static void assertStartValues(Map<String, Double> values, CellSpread spread, double currentDemand) {
        Map<String, Double> expected = Map.of("initialSoc", INITIAL_SOC, "initialTemperature", INITIAL_TEMPERATURE,
                "agingAcceleration", AGING_ACCELERATION, "tolerance", TOLERANCE, "coolantTemperature",
                COOLANT_TEMPERATURE, "capacitySpread", spread.capacityDeviation(), "resistanceSpread",
                spread.resistanceDeviation(), "heatTransferSpread", spread.heatTransferDeviation(), "currentDemand",
                currentDemand);
        expected.forEach((name, value) -> assertEquals(value, values.get(name), 0, name + " in the FMU"));
    }

    /**
     * {@link Pack} as BatterySlave builds it at initialization from these parameters (setting the demand at the
     * start) and steps it in doStep, stepped like the C host's smoke run.
     */
    private static Pack smokeRun(String preset, CellSpread spread, double currentDemand) {
        Pack pack = initialPack(preset, spread, currentDemand);
        for (int k = 0; k < CHostSmoke.STEPS; k++) {
            pack.stepCurrent(currentDemand, COOLANT_TEMPERATURE, CHostSmoke.STEP_SIZE);
        }
        return pack;
    }

    /** As {@link #smokeRun}, in power demand mode: BatterySlave then holds 0 A until the first step. */
    private static Pack powerRun(double powerDemand) {
        Pack pack = initialPack(PRESET, CellSpread.NONE, 0);
        for (int k = 0; k < CHostSmoke.STEPS; k++) {
            pack.stepPower(powerDemand, COOLANT_TEMPERATURE, CHostSmoke.STEP_SIZE);
        }
        return pack;
    }

    private static Pack initialPack(String preset, CellSpread spread, double currentDemand) {
        Pack pack = new Pack(Presets.load(preset), INITIAL_SOC, INITIAL_TEMPERATURE, AGING_ACCELERATION,
                TOLERANCE, spread);
        pack.setDemandCurrent(currentDemand, COOLANT_TEMPERATURE);
        return pack;
    }
}
