package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.CycleConditions;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveException;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Binds {@link Pack} to FMI. Sign convention: current and power are positive on discharge. The demand is the
 * pack current {@code currentDemand} [A], or, when the parameter {@code powerDemandMode} is true, the pack power
 * {@code powerDemand} [W], solved for current at the start of each step. Outputs are those at the end of the last
 * step with that step's current, so they depend on no input directly. A power the pack cannot deliver makes
 * {@code doStep} return fmi2Discard with the most it can deliver in the message; the state is unchanged.
 *
 * <p>The learned capacity model ({@link HybridCapacityModel}, file named by the parameter {@code capacityModel})
 * is evaluated at initialisation and after each step from the cycle inputs held over the step ({@code cycleNumber}
 * ... {@code dischargeRate}, those of {@link CycleConditions}), giving {@code physicsCapacity},
 * {@code hybridCapacity} and {@code capacityUncertainty}; it does not feed back into the pack. Its fade law
 * remembers the rests of the cycles seen so far, so {@code cycleNumber} should count up one cycle at a time with
 * each cycle's {@code restTime} (a skipped cycle counts as one without rest; a lower number restarts at cycle 1).
 *
 * <p>The parameters {@code capacitySpread}, {@code resistanceSpread}, {@code heatTransferSpread} and
 * {@code spreadSeed} give the pack a {@link CellSpread} (default 0: identical cells); {@link CellSpread} checks them
 * at initialisation. With a spread every cell is simulated, and the lowest and highest cell voltage, SOC,
 * temperature and state of health show how far they drift apart.
 */
public final class BatterySlave implements Slave {
    private String preset = "Naumann2018Lfp220Ah";
    private boolean powerDemandMode;
    private double initialSoc = 0.8;
    private double initialTemperature = 298.15;
    private double agingAcceleration = 1;
    private double tolerance = 1e-6;
    private double capacitySpread;
    private double resistanceSpread;
    private double heatTransferSpread;
    private int spreadSeed;
    private double currentDemand;
    private double powerDemand;
    private double coolantTemperature = 298.15;
    private String capacityModel = ResidualModelFiles.BUILT_IN.get(0);
    /** Inputs of the capacity model in the order of {@link CycleConditions#CONDITION_NAMES}, SI units. */
    private final double[] cycle = {1, 305.15, 311.15, 10000, 3000, 18000, 1 / 3600.0};
    private Pack pack;
    private HybridCapacityModel capacityEstimator;
    private CapacityEstimate capacity;
    /** The cycle inputs {@link #capacity} was estimated for: they change once per cycle, not every step. */
    private double[] estimatedFor;

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("Battery").description("Li-ion pack: Thevenin cell with two RC pairs, lumped thermal model,"
                + " calendar and cycle aging (docs/models.md, Battery)").defaultExperiment(0, 3600, 1e-6, 1);
        d.string("preset").causality(Causality.PARAMETER).start(preset)
                .description("Preset: the path of a preset JSON file, or built-in " + String.join(", ",
                        Presets.BUILT_IN))
                .getter(() -> preset).setter(v -> preset = v);
        d.bool("powerDemandMode").causality(Causality.PARAMETER).start(false)
                .description("true: follow powerDemand; false: follow currentDemand")
                .getter(() -> powerDemandMode).setter(v -> powerDemandMode = v);
        d.real("initialSoc").causality(Causality.PARAMETER).unit("1").start(initialSoc).min(0).max(1)
                .description("State of charge at the start [1]").getter(() -> initialSoc)
                .setter(v -> initialSoc = v);
        d.real("initialTemperature").causality(Causality.PARAMETER).unit("K").displayUnit("degC")
                .start(initialTemperature).min(0).description("Cell temperature at the start [K]")
                .getter(() -> initialTemperature).setter(v -> initialTemperature = v);
        d.real("agingAcceleration").causality(Causality.PARAMETER).unit("1").start(agingAcceleration).min(0)
                .description("Aging seconds per simulated second; 0 switches aging off [1]")
                .getter(() -> agingAcceleration).setter(v -> agingAcceleration = v);
        d.real("tolerance").causality(Causality.PARAMETER).unit("1").start(tolerance).min(1e-14).max(0.1)
                .description("Relative tolerance of the integrator inside doStep [1]").getter(() -> tolerance)
                .setter(v -> tolerance = v);
        d.real("capacitySpread").causality(Causality.PARAMETER).unit("1").start(0).min(0)
                .max(CellSpread.MAX_DEVIATION)
                .description("Cell-to-cell capacity spread, relative standard deviation; 0: identical cells [1]")
                .getter(() -> capacitySpread).setter(v -> capacitySpread = v);
        d.real("resistanceSpread").causality(Causality.PARAMETER).unit("1").start(0).min(0)
                .max(CellSpread.MAX_DEVIATION)
                .description("Cell-to-cell resistance spread, relative standard deviation; 0: identical cells [1]")
                .getter(() -> resistanceSpread).setter(v -> resistanceSpread = v);
        d.real("heatTransferSpread").causality(Causality.PARAMETER).unit("1").start(0).min(0)
                .max(CellSpread.MAX_DEVIATION)
                .description("Cell-to-cell spread of the heat transfer coefficient to the coolant, relative standard"
                        + " deviation; 0: every cell cooled alike [1]")
                .getter(() -> heatTransferSpread).setter(v -> heatTransferSpread = v);
        d.integer("spreadSeed").causality(Causality.PARAMETER).start(0)
                .description("Seed of the cells' spread factors: the same seed gives the same pack")
                .getter(() -> spreadSeed).setter(v -> spreadSeed = v);
        d.real("currentDemand").causality(Causality.INPUT).unit("A").start(0)
                .description("Pack current demand, positive on discharge [A]").getter(() -> currentDemand)
                .setter(v -> currentDemand = v);
        d.real("powerDemand").causality(Causality.INPUT).unit("W").displayUnit("kW").start(0)
                .description("Pack power demand, positive on discharge [W]").getter(() -> powerDemand)
                .setter(v -> powerDemand = v);
        d.real("coolantTemperature").causality(Causality.INPUT).unit("K").displayUnit("degC").start(298.15).min(0)
                .description("Coolant or ambient temperature [K]").getter(() -> coolantTemperature)
                .setter(v -> coolantTemperature = v);
        d.string("capacityModel").causality(Causality.PARAMETER).start(capacityModel)
                .description("Learned capacity model: a weights file, or built-in " + ResidualModelFiles.BUILT_IN)
                .getter(() -> capacityModel).setter(v -> capacityModel = v);
        cycleInput(d, 0, "1", "Discharge cycles so far, this one included [1]");
        cycleInput(d, 1, "K", "Mean cell temperature during the discharge [K]").displayUnit("degC");
        cycleInput(d, 2, "K", "Highest cell temperature during the discharge [K]").displayUnit("degC");
        cycleInput(d, 3, "s", "Duration of the charge before the discharge [s]").displayUnit("h");
        cycleInput(d, 4, "s", "Constant-current part of that charge [s]").displayUnit("h");
        cycleInput(d, 5, "s", "Time since the previous discharge started [s]").displayUnit("h");
        cycleInput(d, 6, "1/s", "Discharge current over nominal capacity (1C = 1/3600) [1/s]");
        capacityOutput(d, "physicsCapacity", "Capacity from the fade law alone [C]",
                CapacityEstimate::physicsCapacity);
        capacityOutput(d, "hybridCapacity", "Fade law plus learned correction, ensemble mean [C]",
                CapacityEstimate::capacity);
        capacityOutput(d, "capacityUncertainty", "Calibrated 1-sigma uncertainty of hybridCapacity [C]",
                CapacityEstimate::uncertainty);
        output(d, "terminalVoltage", "V", "Mean cell terminal voltage: pack voltage over Ns [V]", Pack::cellVoltage);
        output(d, "lowestCellVoltage", "V", "Lowest cell terminal voltage [V]", Pack::lowestCellVoltage);
        output(d, "highestCellVoltage", "V", "Highest cell terminal voltage [V]", Pack::highestCellVoltage);
        output(d, "soc", "1", "State of charge: charge stored over the present capacity of all cells [1]",
                Pack::soc);
        output(d, "lowestCellSoc", "1", "Lowest state of charge of any cell [1]", Pack::lowestCellSoc);
        output(d, "highestCellSoc", "1", "Highest state of charge of any cell [1]", Pack::highestCellSoc);
        output(d, "packCurrent", "A", "Pack current, positive on discharge [A]", Pack::packCurrent);
        output(d, "packVoltage", "V", "Pack terminal voltage [V]", Pack::packVoltage);
        output(d, "packPower", "W", "Pack electrical power, positive on discharge [W]", Pack::packPower)
                .displayUnit("kW");
        output(d, "packEnergy", "J", "Electrical energy delivered by the pack since the start [J]",
                Pack::packEnergy).displayUnit("kWh");
        output(d, "cellTemperature", "K", "Mean cell temperature [K]", Pack::temperature).displayUnit("degC");
        output(d, "lowestCellTemperature", "K", "Lowest cell temperature [K]", Pack::lowestCellTemperature)
                .displayUnit("degC");
        output(d, "highestCellTemperature", "K", "Highest cell temperature [K]", Pack::highestCellTemperature)
                .displayUnit("degC");
        output(d, "heatFlow", "W", "Heat flow from the pack to the coolant [W]", Pack::heatFlowToCoolant);
        output(d, "heatGeneration", "W", "Heat generated in the pack (Joule, polarisation, reversible) [W]",
                Pack::heatGeneration);
        output(d, "allowedDischargeCurrent", "A", "Largest pack discharge current allowed now [A]",
                Pack::allowedDischargeCurrent);
        output(d, "allowedChargeCurrent", "A", "Largest pack charge current allowed now, positive [A]",
                Pack::allowedChargeCurrent);
        output(d, "allowedDischargePower", "W", "Pack power at the allowed discharge current [W]",
                Pack::allowedDischargePower).displayUnit("kW");
        output(d, "allowedChargePower", "W", "Pack power at the allowed charge current, positive [W]",
                Pack::allowedChargePower).displayUnit("kW");
        output(d, "stateOfHealth", "1", "Present capacity over nominal capacity, all cells together [1]",
                Pack::stateOfHealth);
        output(d, "lowestCellStateOfHealth", "1", "Lowest state of health of any cell [1]",
                Pack::lowestCellStateOfHealth);
        output(d, "resistanceGrowth", "1", "Relative resistance growth from aging, mean of the cells [1]",
                Pack::resistanceGrowth);
        output(d, "equivalentFullCycles", "1", "Equivalent full cycles in aging time [1]",
                Pack::equivalentFullCycles);
    }

    private RealVariable output(SlaveDeclaration d, String name, String unit, String description,
            ToDoubleFunction<Pack> read) {
        DoubleSupplier getter = () -> pack == null ? 0 : read.applyAsDouble(pack);
        return d.real(name).causality(Causality.OUTPUT).unit(unit).dependsOn().description(description)
                .getter(getter);
    }

    private RealVariable cycleInput(SlaveDeclaration d, int index, String unit, String description) {
        return d.real(CycleConditions.CONDITION_NAMES.get(index)).causality(Causality.INPUT).unit(unit)
                .start(cycle[index]).description(description).getter(() -> cycle[index])
                .setter(v -> cycle[index] = v);
    }

    private void capacityOutput(SlaveDeclaration d, String name, String description,
            ToDoubleFunction<CapacityEstimate> read) {
        d.real(name).causality(Causality.OUTPUT).unit("C").displayUnit("Ah").dependsOn().description(description)
                .getter(() -> capacity == null ? 0 : read.applyAsDouble(capacity));
    }

    @Override
    public void enterInitializationMode() {
        start();
    }

    @Override
    public void exitInitializationMode() {
        start();
    }

    private void start() {
        pack = newPack();
        pack.setDemandCurrent(powerDemandMode ? 0 : currentDemand, coolantTemperature);
        capacityEstimator = new HybridCapacityModel(ResidualModelFiles.load(capacityModel));
        capacity = null;
        estimateCapacity();
    }

    /** The pack the parameters describe; the checks are the model's, under the FMU parameters' names. */
    private Pack newPack() {
        CellSpread.requireDeviation("capacitySpread", capacitySpread);
        CellSpread.requireDeviation("resistanceSpread", resistanceSpread);
        CellSpread.requireDeviation("heatTransferSpread", heatTransferSpread);
        return new Pack(Presets.load(preset), initialSoc, initialTemperature, agingAcceleration, tolerance,
                new CellSpread(capacitySpread, resistanceSpread, heatTransferSpread, spreadSeed));
    }

    /** Re-estimates only when a cycle input changed, so the ensemble does not add to the cost of every step. */
    private void estimateCapacity() {
        if (capacity != null && Arrays.equals(cycle, estimatedFor)) {
            return;
        }
        estimatedFor = cycle.clone();
        capacity = capacityEstimator.estimate(new CycleConditions(cycle[0], cycle[1], cycle[2], cycle[3], cycle[4],
                cycle[5], cycle[6]));
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        if (!powerDemandMode) {
            pack.stepCurrent(currentDemand, coolantTemperature, communicationStepSize);
            estimateCapacity();
            return;
        }
        try {
            pack.stepPower(powerDemand, coolantTemperature, communicationStepSize);
            estimateCapacity();
        } catch (BatteryException e) {
            if (e.error() == BatteryError.POWER_NOT_DELIVERABLE) {
                throw new SlaveException("powerDemand at t = " + currentCommunicationPoint + " s: "
                        + e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public void reset() {
        pack = null;
        capacityEstimator = null;
        capacity = null;
        estimatedFor = null;
    }

    /** Raise with every change to what {@link #writeState} writes: the runtime then refuses states saved before. */
    @Override
    public int stateLayout() {
        // 2: with a spread, the pack's state holds every cell; 3: and every cell's aging; 4: and its temperature
        return 4;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeUTF(preset);
        out.writeBoolean(powerDemandMode);
        for (double v : new double[] {initialSoc, initialTemperature, agingAcceleration, tolerance, capacitySpread,
                resistanceSpread, heatTransferSpread, currentDemand, powerDemand, coolantTemperature}) {
            out.writeDouble(v);
        }
        out.writeInt(spreadSeed);
        out.writeUTF(capacityModel);
        for (double v : cycle) {
            out.writeDouble(v);
        }
        out.writeBoolean(pack != null);
        if (pack != null) {
            double[] state = pack.state();
            out.writeInt(state.length);
            for (double v : state) {
                out.writeDouble(v);
            }
            out.writeDouble(capacity.physicsCapacity());
            out.writeDouble(capacity.capacity());
            out.writeDouble(capacity.uncertainty());
            for (double v : capacityEstimator.fadeState()) {
                out.writeDouble(v);
            }
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        preset = in.readUTF();
        powerDemandMode = in.readBoolean();
        initialSoc = in.readDouble();
        initialTemperature = in.readDouble();
        agingAcceleration = in.readDouble();
        tolerance = in.readDouble();
        capacitySpread = in.readDouble();
        resistanceSpread = in.readDouble();
        heatTransferSpread = in.readDouble();
        currentDemand = in.readDouble();
        powerDemand = in.readDouble();
        coolantTemperature = in.readDouble();
        spreadSeed = in.readInt();
        capacityModel = in.readUTF();
        for (int k = 0; k < cycle.length; k++) {
            cycle[k] = in.readDouble();
        }
        if (in.readBoolean()) {
            double[] state = new double[in.readInt()];
            for (int k = 0; k < state.length; k++) {
                state[k] = in.readDouble();
            }
            pack = newPack(); // the same spread draws the same cell factors, which the state does not hold
            pack.restore(state);
            capacityEstimator = new HybridCapacityModel(ResidualModelFiles.load(capacityModel));
            capacity = new CapacityEstimate(in.readDouble(), in.readDouble(), in.readDouble());
            // the fade law's recovery depends on every earlier rest: its state travels with the slave's
            double[] fade = new double[capacityEstimator.fadeState().length];
            for (int k = 0; k < fade.length; k++) {
                fade[k] = in.readDouble();
            }
            capacityEstimator.restoreFadeState(fade);
            estimatedFor = null; // the next step re-estimates from the restored inputs: same function, same value
        } else {
            reset();
        }
    }
}
