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
public final class QuasiStaticDrive {
    private final DrivePreset preset;
    private final PmsmMachine machine;
    private final DriveThermalModel thermal;

    public QuasiStaticDrive(DrivePreset preset) {
        this.preset = preset;
        MachineLossMap map = preset.lossModel() == LossModel.MAP ? new MachineLossMap(preset.lossMap()) : null;
        this.machine = new PmsmMachine(preset.machine(), map);
        this.thermal = new DriveThermalModel(preset.thermal());
    }

    public DrivePreset preset() {
        return preset;
    }

    public PmsmMachine machine() {
        return machine;
    }

    public DriveThermalModel thermal() {
        return thermal;
    }

    /** Sets all temperatures to the coolant temperature [K]. */
    public void initialize(double coolantTemperature) {
        thermal.initialize(coolantTemperature);
    }

    /**
     * The operating point for torque command [N.m], shaft speed [rad/s] and DC-link voltage [V] at the present
     * temperatures.
     */
    public DriveOperatingPoint evaluate(double torqueCommand, double speed, double dcVoltage) {
        double derating = thermal.deratingFactor();
        double windingTemperature = thermal.windingTemperature();
        OperatingPoint point = machine.operatingPoint(torqueCommand, speed, dcVoltage, windingTemperature, derating);
        double current = point.currentAmplitude();
        double voltage = point.voltageAmplitude();
        double modulation = Math.min(voltage / (dcVoltage / 2), InverterLosses.MAX_MODULATION_INDEX);
        double apparent = 1.5 * voltage * current;
        double powerFactor = apparent > 0 ? Math.max(-1, Math.min(1, point.electricalPower() / apparent)) : 1;
        InverterLosses losses = InverterLosses.of(preset.inverter(), current, modulation, powerFactor, dcVoltage,
                thermal.junctionTemperature());
        double dcCurrent = (point.electricalPower() + losses.total()) / dcVoltage;
        double available = derating * machine.availableTorque(speed, dcVoltage, windingTemperature, 1);
        double availableRegen = derating * machine.availableTorque(speed, dcVoltage, windingTemperature, -1);
        return new DriveOperatingPoint(point, losses, dcVoltage, dcCurrent, modulation, powerFactor, available,
                availableRegen, derating);
    }

    /**
     * Advances the temperatures by {@code step} [s] with the inputs held and returns the operating point that
     * heated them (at the temperatures of the step's start).
     */
    public DriveOperatingPoint step(double step, double torqueCommand, double speed, double dcVoltage,
            double coolantTemperature) {
        DriveOperatingPoint point = evaluate(torqueCommand, speed, dcVoltage);
        OperatingPoint m = point.machine();
        double rotorShare = preset.thermal().rotorIronLossFraction();
        double windingHeat = m.copperLoss() + (1 - rotorShare) * m.ironLoss() + m.mapLoss();
        double magnetHeat = rotorShare * m.ironLoss();
        thermal.advance(step, windingHeat, magnetHeat, point.inverter().total(), coolantTemperature);
        return point;
    }
}
