package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmuexport.importing.ImportedFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.CycleConditions;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The run every importer IT of Battery.fmu repeats: 600 steps of 1 s with a sinusoidal current demand (charge and
 * discharge) and a rising coolant temperature, aging accelerated so its outputs move, compared after each step
 * with {@link Pack} called directly. The FMU runs the same Java code with the same inputs in the same order, so
 * outputs must agree to 1e-12 relative (in practice bit for bit). The learned capacity outputs are checked the same
 * way against {@link HybridCapacityModel} with the built-in model, the cycle inputs changing every step. A second,
 * shorter run sets the cell spread parameters and compares with {@link Pack} built with that {@link CellSpread}.
 */
final class BatteryScenario {
    private static final String[] OUTPUTS = {"terminalVoltage", "soc", "packCurrent", "packVoltage", "packPower",
        "packEnergy", "cellTemperature", "heatFlow", "heatGeneration", "allowedDischargeCurrent",
        "allowedChargeCurrent", "allowedDischargePower", "allowedChargePower", "stateOfHealth", "resistanceGrowth",
        "equivalentFullCycles", "lowestCellVoltage", "highestCellVoltage", "lowestCellSoc", "highestCellSoc",
        "lowestCellStateOfHealth", "lowestCellTemperature", "highestCellTemperature"};
    private static final List<ToDoubleFunction<Pack>> DIRECT = List.of(Pack::cellVoltage, Pack::soc,
            Pack::packCurrent, Pack::packVoltage, Pack::packPower, Pack::packEnergy, Pack::temperature,
            Pack::heatFlowToCoolant, Pack::heatGeneration, Pack::allowedDischargeCurrent, Pack::allowedChargeCurrent,
            Pack::allowedDischargePower, Pack::allowedChargePower, Pack::stateOfHealth, Pack::resistanceGrowth,
            Pack::equivalentFullCycles, Pack::lowestCellVoltage, Pack::highestCellVoltage, Pack::lowestCellSoc,
            Pack::highestCellSoc, Pack::lowestCellStateOfHealth, Pack::lowestCellTemperature,
            Pack::highestCellTemperature);
    private static final int LOWEST_CELL_VOLTAGE = List.of(OUTPUTS).indexOf("lowestCellVoltage");
    private static final int LOWEST_CELL_SOC = List.of(OUTPUTS).indexOf("lowestCellSoc");
    private static final int LOWEST_CELL_TEMPERATURE = List.of(OUTPUTS).indexOf("lowestCellTemperature");
    private static final int HIGHEST_CELL_TEMPERATURE = List.of(OUTPUTS).indexOf("highestCellTemperature");
    private static final double AGING_ACCELERATION = 86400; // one simulated second = one day
    private static final double STEP = 1.0; // [s]
    private static final int STEPS = 600;

    private static final CellSpread SPREAD = new CellSpread(0.02, 0.03, 0.1, 7);

    private BatteryScenario() {
    }

    /** Battery.fmu, packaged in this build; failsafe passes its path as system property fmu.file. */
    static File packagedFmu() {
        String path = System.getProperty("fmu.file");
        assertTrue(path != null, "system property fmu.file is not set; run *IT through failsafe");
        File file = new File(path);
        assertTrue(file.isFile(), file + " does not exist; the package phase builds it");
        return file;
    }

    /** Runs the scenario on {@code fmu}, a fresh instance, and asserts every output after every step. */
    static void assertRunEqualsTheModelRunDirectly(ImportedFmu fmu, String importer) {
        Pack direct = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, AGING_ACCELERATION, 1e-6);
        direct.setDemandCurrent(0, 298.15);
        fmu.writeReal(new String[] {"agingAcceleration"}, new double[] {AGING_ACCELERATION});
        fmu.initialize(0, STEPS * STEP);
        String[] inputs = {"currentDemand", "coolantTemperature"};
        HybridCapacityModel capacityModel = new HybridCapacityModel(ResidualModelFiles.builtIn(
                ResidualModelFiles.BUILT_IN.get(0)));
        String[] cycleInputs = CycleConditions.CONDITION_NAMES.toArray(String[]::new);
        String[] capacityOutputs = {"physicsCapacity", "hybridCapacity", "capacityUncertainty"};
        for (int k = 0; k < STEPS; k++) {
            double demand = 150 * Math.sin(k / 30.0) + 50; // [A], charge and discharge
            double coolantTemperature = 293.15 + 0.01 * k; // [K]
            fmu.writeReal(inputs, new double[] {demand, coolantTemperature});
            // NASA-like cycle conditions, drifting so that every feature moves: cycle k/3, 32-40 degC, ...
            double[] cycle = {1 + k / 3.0, 305 + 0.005 * k, 312 + 0.01 * k, 9500 + k, 3200 - 2.5 * k,
                18000 + 100 * Math.sin(k / 10.0), 1 / 3600.0};
            fmu.writeReal(cycleInputs, cycle);
            fmu.doStep(k * STEP, STEP);
            CapacityEstimate expectedCapacity = capacityModel.estimate(new CycleConditions(cycle[0], cycle[1],
                    cycle[2], cycle[3], cycle[4], cycle[5], cycle[6]));
            double[] capacities = fmu.readReal(capacityOutputs);
            double[] expectedCapacities = {expectedCapacity.physicsCapacity(), expectedCapacity.capacity(),
                expectedCapacity.uncertainty()};
            for (int j = 0; j < capacityOutputs.length; j++) {
                assertEquals(expectedCapacities[j], capacities[j], 1e-12 * Math.max(1, expectedCapacities[j]),
                        importer + ": " + capacityOutputs[j] + " after step " + k);
            }
            direct.stepCurrent(demand, coolantTemperature, STEP);
            double[] values = fmu.readReal(OUTPUTS);
            for (int j = 0; j < OUTPUTS.length; j++) {
                double expected = DIRECT.get(j).applyAsDouble(direct);
                assertEquals(expected, values[j], 1e-12 * Math.max(1, Math.abs(expected)),
                        importer + ": " + OUTPUTS[j] + " after step " + k);
            }
        }
        assertTrue(direct.stateOfHealth() < 1, "aging moved in this run");
        assertTrue(capacityModel.estimate(new CycleConditions(200, 305, 312, 9500, 1700, 18000, 1 / 3600.0))
                .uncertainty() > 0, "the ensemble's members differ, so the uncertainty output is exercised");
    }

    /**
     * Asserts that {@code values}, outputs of Battery.fmu by name as an importer read them, equal those of
     * {@code direct}, the model stepped the same way, to 1e-12 relative as in the runs above.
     */
    static void assertOutputsEqual(Pack direct, Map<String, Double> values, String importer) {
        for (int j = 0; j < OUTPUTS.length; j++) {
            double expected = DIRECT.get(j).applyAsDouble(direct);
            Double actual = values.get(OUTPUTS[j]);
            assertTrue(actual != null, importer + " read no " + OUTPUTS[j]);
            assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), importer + ": " + OUTPUTS[j]);
        }
    }

    /**
     * Sets {@code capacitySpread}, {@code resistanceSpread}, {@code heatTransferSpread} and {@code spreadSeed} on
     * {@code fmu}, a fresh instance,
     * discharges at 200 A for 100 steps of 10 s and asserts every output after every step against {@link Pack}
     * built with the same {@link CellSpread}, to 1e-12 relative as in the first run. Then checks that the spread
     * moved the result far beyond that tolerance, so the match shows the parameters reach the pack.
     */
    static void assertSpreadRunEqualsTheModelWithThatSpread(ImportedFmu fmu, String importer) {
        Pack direct = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, 1, 1e-6, SPREAD);
        Pack identical = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, 1, 1e-6);
        fmu.writeReal(new String[] {"capacitySpread", "resistanceSpread", "heatTransferSpread"},
                new double[] {SPREAD.capacityDeviation(), SPREAD.resistanceDeviation(),
                    SPREAD.heatTransferDeviation()});
        fmu.writeInteger("spreadSeed", (int) SPREAD.seed());
        fmu.initialize(0, 1000);
        fmu.writeReal(new String[] {"currentDemand"}, new double[] {200});
        double[] values = {};
        for (int k = 0; k < 100; k++) {
            fmu.doStep(k * 10.0, 10);
            direct.stepCurrent(200, 298.15, 10);
            identical.stepCurrent(200, 298.15, 10);
            values = fmu.readReal(OUTPUTS);
            for (int j = 0; j < OUTPUTS.length; j++) {
                double expected = DIRECT.get(j).applyAsDouble(direct);
                assertEquals(expected, values[j], 1e-12 * Math.max(1, Math.abs(expected)),
                        importer + " with spread: " + OUTPUTS[j] + " after step " + k);
            }
        }
        // 1000 s at 200 A take 0.25 of the 220 Ah cell's SOC; the weakest cell's capacity factor is about
        // 1 - 0.02·2.5 (the lowest of 104 normals), so its SOC falls about 0.013 further, and the highest resistance
        // factor, about 1 + 0.03·2.5, lowers that cell's voltage by several mV: both far beyond 1e-12.
        assertTrue(identical.soc() - values[LOWEST_CELL_SOC] > 1e-3, importer + ": lowestCellSoc with spread "
                + values[LOWEST_CELL_SOC] + " must lie well below the identical cells' " + identical.soc());
        assertTrue(identical.cellVoltage() - values[LOWEST_CELL_VOLTAGE] > 1e-3, importer
                + ": lowestCellVoltage with spread " + values[LOWEST_CELL_VOLTAGE]
                + " must lie well below the identical cells' " + identical.cellVoltage());
        // about 2.5 K of warming in 1000 s (12 W into h·A = 2 W/K, τ = 2000 s); heat transfer factors spanning some
        // ±25 % and resistance factors ±7.5 % part the hottest and coolest cell by several tenths of a kelvin
        assertTrue(values[HIGHEST_CELL_TEMPERATURE] - values[LOWEST_CELL_TEMPERATURE] > 0.1, importer
                + ": the cells' temperatures must part, " + values[LOWEST_CELL_TEMPERATURE] + " to "
                + values[HIGHEST_CELL_TEMPERATURE] + " K");
    }
}
