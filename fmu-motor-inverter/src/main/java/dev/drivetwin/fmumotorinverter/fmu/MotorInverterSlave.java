package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmumotorinverter.drive.DriveModel;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmumotorinverter.drive.Fidelity;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.ToDoubleFunction;

/**
 * Binds a {@link DriveModel} to FMI variables; the {@code fidelity} parameter picks the level ({@link Fidelity}),
 * the ports are the same at every level. The preset is loaded when initialization starts; temperatures start at
 * the coolant temperature (and the dynamic level's currents at zero) when it ends. Outputs are the drive's
 * operating point for the present inputs at the present state: they follow torque command, speed and DC voltage
 * directly (recomputed on read after an input changed), and the states move only in {@link #doStep}. Sign
 * convention: positive torque drives a positive speed; DC current is positive when drawn from the DC link,
 * negative when regenerating.
 */
public final class MotorInverterSlave implements Slave {
    /** Quasi-static machine and inverter, dynamic temperatures. */
    public static final int QUASI_STATIC = 0;
    /** dq currents under PI current control as states as well. */
    public static final int DYNAMIC = 1;
    private static final String[] ELECTRICAL_INPUTS = {"torqueCommand", "speed", "dcVoltage"};

    private String presetName = DrivePresets.NAMES.get(0);
    private int fidelity = QUASI_STATIC;
    private double currentLoopBandwidth;
    private double torqueCommand;
    private double speed;
    private double dcVoltage = 360;
    private double coolantTemperature = 313.15;
    private DriveModel drive;
    private Fidelity builtFidelity;
    private DriveOperatingPoint point;

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("MotorInverter")
                .description("PMSM with MTPA and field weakening, inverter conduction and switching losses, "
                        + "winding/magnet/junction temperatures with torque derating; quasi-static or dynamic dq "
                        + "currents under PI current control")
                .defaultExperiment(0, 1800, 1e-6, 1e-3);
        d.string("presetName").causality(Causality.PARAMETER).start(presetName)
                .description("Drive preset: the path of a preset JSON file, or built-in "
                        + String.join(", ", DrivePresets.NAMES))
                .getter(() -> presetName).setter(v -> presetName = v);
        d.integer("fidelity").causality(Causality.PARAMETER).start(QUASI_STATIC).min(QUASI_STATIC)
                .max(DYNAMIC).description("Fidelity level: 0 = quasi-static, 1 = dynamic dq currents with PI "
                        + "current control")
                .getter(() -> fidelity).setter(v -> fidelity = v);
        d.real("currentLoopBandwidth").causality(Causality.PARAMETER).unit("rad/s").start(0).min(0)
                .description("Current-loop bandwidth of fidelity 1; 0 = 2 pi f_sw / 20 of the preset [rad/s]")
                .getter(() -> currentLoopBandwidth).setter(v -> currentLoopBandwidth = v);
        d.real("torqueCommand").causality(Causality.INPUT).unit("N.m").start(0)
                .description("Electromagnetic torque command, limited to the available torque [N.m]")
                .getter(() -> torqueCommand).setter(v -> {
                    torqueCommand = v;
                    point = null;
                });
        d.real("speed").causality(Causality.INPUT).unit("rad/s").displayUnit("rpm").start(0)
                .description("Shaft speed [rad/s]").getter(() -> speed).setter(v -> {
                    speed = v;
                    point = null;
                });
        d.real("dcVoltage").causality(Causality.INPUT).unit("V").start(dcVoltage).min(1)
                .description("DC-link voltage [V]").getter(() -> dcVoltage).setter(v -> {
                    dcVoltage = v;
                    point = null;
                });
        d.real("coolantTemperature").causality(Causality.INPUT).unit("K").displayUnit("degC")
                .start(coolantTemperature).min(1).description("Coolant temperature [K]")
                .getter(() -> coolantTemperature).setter(v -> coolantTemperature = v);
        output(d, "shaftTorque", "N.m", "Torque at the shaft after iron and mechanical losses [N.m]",
                p -> p.machine().shaftTorque());
        output(d, "torque", "N.m", "Electromagnetic torque produced [N.m]", p -> p.machine().torque());
        output(d, "dcCurrent", "A", "Current drawn from the DC link, negative when regenerating [A]",
                DriveOperatingPoint::dcCurrent);
        output(d, "copperLoss", "W", "Stator copper loss 1.5 Rs (id^2 + iq^2) [W]", p -> p.machine().copperLoss());
        output(d, "ironLoss", "W", "Iron loss, Steinmetz-Bertotti [W]", p -> p.machine().ironLoss());
        output(d, "mechanicalLoss", "W", "Friction and windage loss [W]", p -> p.machine().mechanicalLoss());
        output(d, "mapLoss", "W", "Machine loss from a measured map (map presets only) [W]",
                p -> p.machine().mapLoss());
        output(d, "inverterConductionLoss", "W", "Inverter conduction loss, switches and diodes [W]",
                p -> p.inverter().conduction());
        output(d, "inverterSwitchingLoss", "W", "Inverter switching and recovery loss [W]",
                p -> p.inverter().switching());
        output(d, "totalLoss", "W", "All machine and inverter losses [W]", DriveOperatingPoint::totalLoss);
        output(d, "efficiency", "1", "Shaft/DC power motoring, DC/shaft power regenerating, else 0 [1]",
                DriveOperatingPoint::efficiency);
        output(d, "availableTorque", "N.m", "Motoring torque available at this speed, voltage and temperature [N.m]",
                DriveOperatingPoint::availableTorque);
        output(d, "availableRegenerativeTorque", "N.m",
                "Braking torque magnitude available at this speed, voltage and temperature [N.m]",
                DriveOperatingPoint::availableRegenerativeTorque);
        output(d, "deratingFactor", "1", "Thermal derating factor on the available torque [1]",
                DriveOperatingPoint::deratingFactor);
        d.real("windingTemperature").causality(Causality.OUTPUT).unit("K").displayUnit("degC").dependsOn()
                .description("Stator winding temperature [K]")
                .getter(() -> drive == null ? 0 : drive.thermal().windingTemperature());
        d.real("magnetTemperature").causality(Causality.OUTPUT).unit("K").displayUnit("degC").dependsOn()
                .description("Rotor magnet temperature [K]")
                .getter(() -> drive == null ? 0 : drive.thermal().magnetTemperature());
        d.real("junctionTemperature").causality(Causality.OUTPUT).unit("K").displayUnit("degC").dependsOn()
                .description("Power-module junction temperature [K]")
                .getter(() -> drive == null ? 0 : drive.thermal().junctionTemperature());
    }

    private void output(SlaveDeclaration d, String name, String unit, String description,
            ToDoubleFunction<DriveOperatingPoint> value) {
        d.real(name).causality(Causality.OUTPUT).unit(unit).dependsOn(ELECTRICAL_INPUTS).description(description)
                .getter(() -> {
                    DriveOperatingPoint p = current();
                    return p == null ? 0 : value.applyAsDouble(p);
                });
    }

    /** The operating point for the present inputs and temperatures; null before initialization. */
    private DriveOperatingPoint current() {
        if (drive == null) {
            return null;
        }
        if (point == null) {
            point = drive.evaluate(torqueCommand, speed, dcVoltage);
        }
        return point;
    }

    @Override
    public void enterInitializationMode() {
        build();
    }

    @Override
    public void exitInitializationMode() {
        if (drive == null || !drive.preset().name().equals(presetName) || builtFidelity.level() != fidelity) {
            build();
        }
        drive.initialize(coolantTemperature);
        point = null;
    }

    private void build() {
        builtFidelity = Fidelity.of(fidelity);
        drive = builtFidelity.create(DrivePresets.load(presetName), currentLoopBandwidth);
        drive.initialize(coolantTemperature);
        point = null;
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        drive.step(communicationStepSize, torqueCommand, speed, dcVoltage, coolantTemperature);
        point = null;
    }

    @Override
    public void reset() {
        drive = null;
        builtFidelity = null;
        point = null;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeUTF(presetName);
        out.writeInt(fidelity);
        out.writeDouble(currentLoopBandwidth);
        out.writeDouble(torqueCommand);
        out.writeDouble(speed);
        out.writeDouble(dcVoltage);
        out.writeDouble(coolantTemperature);
        out.writeBoolean(drive != null);
        if (drive != null) {
            out.writeUTF(drive.preset().name());
            out.writeInt(builtFidelity.level());
            double[] state = drive.state();
            out.writeInt(state.length);
            for (double value : state) {
                out.writeDouble(value);
            }
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        presetName = in.readUTF();
        fidelity = in.readInt();
        currentLoopBandwidth = in.readDouble();
        torqueCommand = in.readDouble();
        speed = in.readDouble();
        dcVoltage = in.readDouble();
        coolantTemperature = in.readDouble();
        point = null;
        if (!in.readBoolean()) {
            drive = null;
            builtFidelity = null;
            return;
        }
        String built = in.readUTF();
        Fidelity level = Fidelity.of(in.readInt());
        if (drive == null || !drive.preset().name().equals(built) || builtFidelity != level) {
            // the bandwidth in effect when the state was written is the parameter just read
            builtFidelity = level;
            drive = level.create(DrivePresets.load(built), currentLoopBandwidth);
        }
        double[] state = new double[in.readInt()];
        for (int i = 0; i < state.length; i++) {
            state[i] = in.readDouble();
        }
        drive.restore(state);
    }
}
