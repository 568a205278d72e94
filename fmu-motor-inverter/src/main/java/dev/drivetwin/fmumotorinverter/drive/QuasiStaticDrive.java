package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.inverter.InverterLosses;
import dev.drivetwin.fmumotorinverter.machine.MachineLossMap;
import dev.drivetwin.fmumotorinverter.machine.OperatingPoint;
import dev.drivetwin.fmumotorinverter.machine.PmsmMachine;
import dev.drivetwin.fmumotorinverter.thermal.DriveThermalModel;

/**
 * Electric drive at the quasi-static fidelity level: machine and inverter are in steady state at every instant,
 * only the three temperatures have dynamics. Call order: {@link #initialize}, then any number of {@link #step};
 * {@link #evaluate} reads the operating point at the current temperatures without changing state. Mutable; not
 * thread-safe.
 *
 * <p>In a step of length h with inputs held, the operating point at the temperatures of the step's start sets the
 * heat flows; the thermal nodes then advance exactly over h (see {@link DriveThermalModel}).
 */
public final class QuasiStaticDrive implements DriveModel {
    private final DrivePreset preset;
    private final PmsmMachine machine;
    private final DriveThermalModel thermal;

    public QuasiStaticDrive(DrivePreset preset) {
        this.preset = preset;
        MachineLossMap map = preset.lossModel() == LossModel.MAP ? new MachineLossMap(preset.lossMap()) : null;
        this.machine = new PmsmMachine(preset.machine(), map);
        this.thermal = new DriveThermalModel(preset.thermal());
    }

    @Override
    public DrivePreset preset() {
        return preset;
    }

    public PmsmMachine machine() {
        return machine;
    }

    @Override
    public DriveThermalModel thermal() {
        return thermal;
    }

    /** Sets all temperatures to the coolant temperature [K]. */
    @Override
    public void initialize(double coolantTemperature) {
        thermal.initialize(coolantTemperature);
    }

    @Override
    public DriveOperatingPoint evaluate(double torqueCommand, double speed, double dcVoltage) {
        double derating = thermal.deratingFactor();
        double windingTemperature = thermal.windingTemperature();
        double available = derating * machine.availableTorque(speed, dcVoltage, windingTemperature, 1);
        double availableRegen = derating * machine.availableTorque(speed, dcVoltage, windingTemperature, -1);
        // the limits just computed are the ones operatingPoint would compute again: same products, same values
        OperatingPoint point = machine.operatingPointWithin(torqueCommand, speed, dcVoltage, windingTemperature,
                available, availableRegen);
        return withInverter(point, dcVoltage, available, availableRegen, derating);
    }

    /**
     * Adds the inverter to a machine operating point: its losses at the present junction temperature for the
     * point's current amplitude, modulation index and power factor, and the DC current (P_ac + P_inv) / Vdc.
     * Shared with {@link DynamicDrive}, whose machine points come from its states.
     */
    DriveOperatingPoint withInverter(OperatingPoint point, double dcVoltage, double available,
            double availableRegen, double derating) {
        double current = point.currentAmplitude();
        double voltage = point.voltageAmplitude();
        double modulation = Math.min(voltage / (dcVoltage / 2), InverterLosses.MAX_MODULATION_INDEX);
        double apparent = 1.5 * voltage * current;
        double powerFactor = apparent > 0 ? Math.max(-1, Math.min(1, point.electricalPower() / apparent)) : 1;
        InverterLosses losses = InverterLosses.of(preset.inverter(), current, modulation, powerFactor, dcVoltage,
                thermal.junctionTemperature());
        double dcCurrent = (point.electricalPower() + losses.total()) / dcVoltage;
        return new DriveOperatingPoint(point, losses, dcVoltage, dcCurrent, modulation, powerFactor, available,
                availableRegen, derating);
    }

    /**
     * Advances the temperatures by {@code step} [s] with the inputs held and returns the operating point that
     * heated them (at the temperatures of the step's start).
     */
    @Override
    public DriveOperatingPoint step(double step, double torqueCommand, double speed, double dcVoltage,
            double coolantTemperature) {
        DriveOperatingPoint point = evaluate(torqueCommand, speed, dcVoltage);
        OperatingPoint m = point.machine();
        heat(step, m.copperLoss(), m.ironLoss(), m.mapLoss(), point.inverter().total(), coolantTemperature);
        return point;
    }

    /**
     * Advances the thermal nodes by {@code step} [s] with loss powers [W] held: the winding takes the copper loss,
     * the stator share of the iron loss and any map loss, the magnets the rotor share, the junctions the inverter
     * loss. Shared with {@link DynamicDrive}, which passes its step averages.
     */
    void heat(double step, double copperLoss, double ironLoss, double mapLoss, double inverterLoss,
            double coolantTemperature) {
        double rotorShare = preset.thermal().rotorIronLossFraction();
        double windingHeat = copperLoss + (1 - rotorShare) * ironLoss + mapLoss;
        double magnetHeat = rotorShare * ironLoss;
        thermal.advance(step, windingHeat, magnetHeat, inverterLoss, coolantTemperature);
    }

    @Override
    public double[] state() {
        return new double[] {thermal.windingTemperature(), thermal.magnetTemperature(),
            thermal.junctionTemperature()};
    }

    @Override
    public void restore(double[] state) {
        DriveModel.checkStateLength(state, 3);
        thermal.restore(state[0], state[1], state[2]);
    }
}
