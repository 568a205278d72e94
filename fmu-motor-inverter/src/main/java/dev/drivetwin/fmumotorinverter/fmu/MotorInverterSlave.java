package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.drive.DriveModel;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.ToDoubleFunction;

/**
 * Binds {@link QuasiStaticDrive} to FMI variables. The preset is loaded when initialization starts; temperatures
 * start at the coolant temperature when it ends. Outputs are the operating point for the present inputs at the
 * present temperatures: they follow torque command, speed and DC voltage directly (recomputed on read after an
 * input changed), and the temperatures move only in {@link #doStep}. Sign convention: positive torque drives a
 * positive speed; DC current is positive when drawn from the DC link, negative when regenerating.
 */
public final class MotorInverterSlave implements Slave {
    /** The only fidelity level implemented so far: quasi-static machine and inverter, dynamic temperatures. */
    public static final int QUASI_STATIC = 0;
    private static final String[] ELECTRICAL_INPUTS = {"torqueCommand", "speed", "dcVoltage"};

    private String presetName = DrivePresets.NAMES.get(0);
    private int fidelity = QUASI_STATIC;
    private double torqueCommand;
    private double speed;
    private double dcVoltage = 360;
    private double coolantTemperature = 313.15;
    private DriveModel drive;
    private DriveOperatingPoint point;

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("MotorInverter")
                .description("PMSM with MTPA and field weakening, inverter conduction and switching losses, "
                        + "winding/magnet/junction temperatures with torque derating (quasi-static)")
                .defaultExperiment(0, 1800, 1e-6, 1e-3);
        d.string("presetName").causality(Causality.PARAMETER).start(presetName)
                .description("Drive preset: " + String.join(", ", DrivePresets.NAMES))
                .getter(() -> presetName).setter(v -> presetName = v);
        d.integer("fidelity").causality(Causality.PARAMETER).start(QUASI_STATIC).min(QUASI_STATIC)
                .max(QUASI_STATIC).description("Fidelity level: 0 = quasi-static (the dynamic dq level is not "
                        + "implemented yet)")
                .getter(() -> fidelity).setter(v -> fidelity = v);
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
        if (drive == null || !drive.preset().name().equals(presetName)) {
            build();
        }
        drive.initialize(coolantTemperature);
        point = null;
    }

    private void build() {
        if (fidelity != QUASI_STATIC) {
            throw new MotorInverterException(MotorInverterError.OUT_OF_RANGE, "fidelity", "{0 (quasi-static)}",
                    fidelity);
        }
        drive = new QuasiStaticDrive(DrivePresets.load(presetName));
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
        point = null;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeUTF(presetName);
        out.writeInt(fidelity);
        out.writeDouble(torqueCommand);
        out.writeDouble(speed);
        out.writeDouble(dcVoltage);
        out.writeDouble(coolantTemperature);
        out.writeBoolean(drive != null);
        if (drive != null) {
            out.writeUTF(drive.preset().name());
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
        torqueCommand = in.readDouble();
        speed = in.readDouble();
        dcVoltage = in.readDouble();
        coolantTemperature = in.readDouble();
        point = null;
        if (!in.readBoolean()) {
            drive = null;
            return;
        }
        String built = in.readUTF();
        if (drive == null || !drive.preset().name().equals(built)) {
            drive = new QuasiStaticDrive(DrivePresets.load(built));
        }
        double[] state = new double[in.readInt()];
        for (int i = 0; i < state.length; i++) {
            state[i] = in.readDouble();
        }
        drive.restore(state);
    }
}
