package dev.drivetwin.fmuvehicle.fmu;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuvehicle.cycle.DriveCycle;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.driver.DrivenVehicle;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Binds {@link DrivenVehicle} to FMI: the vehicle preset and the drive cycle are String parameters, checked as
 * soon as they are set (an unknown name is an fmi2Error naming the known ones); driver tuning and the
 * integrator's substep are Real parameters, checked at exitInitializationMode. Inputs are held over a step;
 * outputs change only in doStep (no direct feedthrough). Port list and equations: docs/models.md, "Vehicle".
 */
public final class VehicleSlave implements Slave {
    static final String DEFAULT_PRESET = "TeslaModel3Rwd2024";
    static final String DEFAULT_CYCLE = "WLTC_CLASS3B";

    private String presetName;
    private String cycleName;
    private VehicleParameters vehicle;
    private DriveCycle cycle;
    private double naturalFrequency;
    private double dampingRatio;
    private double maxAcceleration;
    private double maxDeceleration;
    private double maxInternalStep;
    private double motorTorque;
    private double regenTorqueLimit;
    private double roadGrade;
    private double startTime;
    private DrivenVehicle model;

    public VehicleSlave(SlaveContext context) {
        this();
    }

    public VehicleSlave() {
    }

    @Override
    public void declare(SlaveDeclaration d) {
        DriverParameters driver = DriverParameters.DEFAULT;
        d.modelName("Vehicle")
                .description("Longitudinal EV dynamics with single-speed gearbox, regen/friction brake blending and"
                        + " a feed-forward + PI driver following a drive cycle")
                .defaultExperiment(0, 1800, Double.NaN, 0.1);
        d.real("driverNaturalFrequency").causality(Causality.PARAMETER).unit("1/s").start(driver.naturalFrequency())
                .min(1e-9).description("Natural frequency of the driver's speed-error dynamics [1/s]")
                .getter(() -> naturalFrequency).setter(v -> naturalFrequency = v);
        d.real("driverDampingRatio").causality(Causality.PARAMETER).unit("1").start(driver.dampingRatio())
                .min(1e-9).description("Damping ratio of the driver's speed-error dynamics [1]")
                .getter(() -> dampingRatio).setter(v -> dampingRatio = v);
        d.real("maxAcceleration").causality(Causality.PARAMETER).unit("m/s2").start(driver.maxAcceleration())
                .min(1e-9).description("Largest acceleration the driver asks for beyond the road load [m/s2]")
                .getter(() -> maxAcceleration).setter(v -> maxAcceleration = v);
        d.real("maxDeceleration").causality(Causality.PARAMETER).unit("m/s2").start(driver.maxDeceleration())
                .min(1e-9).description("Largest deceleration the driver asks for [m/s2]")
                .getter(() -> maxDeceleration).setter(v -> maxDeceleration = v);
        d.real("maxInternalStep").causality(Causality.PARAMETER).unit("s").start(0.1).min(1e-9)
                .description("Longest Runge-Kutta substep inside one communication step [s]")
                .getter(() -> maxInternalStep).setter(v -> maxInternalStep = v);
        d.real("motorTorque").causality(Causality.INPUT).unit("N.m").start(0)
                .description("Torque the motor delivers at its shaft, positive driving [N.m]")
                .getter(() -> motorTorque).setter(v -> motorTorque = v);
        d.real("regenTorqueLimit").causality(Causality.INPUT).unit("N.m").start(0).min(0)
                .description("Regenerative torque the motor can give now, as a magnitude; 0 puts all braking on"
                        + " the friction brakes [N.m]")
                .getter(() -> regenTorqueLimit).setter(v -> regenTorqueLimit = v);
        d.real("roadGrade").causality(Causality.INPUT).unit("rad").start(0).min(-1.5).max(1.5)
                .description("Road grade angle, positive uphill [rad]")
                .getter(() -> roadGrade).setter(v -> roadGrade = v);
        d.real("vehicleSpeed").causality(Causality.OUTPUT).unit("m/s").displayUnit("km/h").dependsOn()
                .description("Vehicle speed [m/s]").getter(() -> model == null ? 0 : model.speed());
        d.real("targetSpeed").causality(Causality.OUTPUT).unit("m/s").displayUnit("km/h").dependsOn()
                .description("Drive cycle speed now [m/s]").getter(() -> model == null ? 0 : model.targetSpeed());
        d.real("distance").causality(Causality.OUTPUT).unit("m").displayUnit("km").dependsOn()
                .description("Distance travelled [m]").getter(() -> model == null ? 0 : model.distance());
        d.real("motorSpeed").causality(Causality.OUTPUT).unit("rad/s").displayUnit("rpm").dependsOn()
                .description("Motor shaft angular velocity [rad/s]")
                .getter(() -> model == null ? 0 : model.motorSpeed());
        d.real("torqueCommand").causality(Causality.OUTPUT).unit("N.m").dependsOn()
                .description("Torque asked of the motor for the next step, positive traction, negative regen [N.m]")
                .getter(() -> model == null ? 0 : model.torqueCommand());
        d.real("tractiveForce").causality(Causality.OUTPUT).unit("N").dependsOn()
                .description("Force at the wheels from the motor over the last step [N]")
                .getter(() -> model == null ? 0 : model.tractiveForce());
        d.real("wheelPower").causality(Causality.OUTPUT).unit("W").displayUnit("kW").dependsOn()
                .description("Mean driveline power at the wheels over the last step, negative in regen [W]")
                .getter(() -> model == null ? 0 : model.wheelPower());
        d.real("frictionBrakePower").causality(Causality.OUTPUT).unit("W").displayUnit("kW").dependsOn()
                .description("Mean power dissipated by the friction brakes over the last step [W]")
                .getter(() -> model == null ? 0 : model.frictionBrakePower());
        d.string("preset").causality(Causality.PARAMETER).start(DEFAULT_PRESET)
                .description("Vehicle preset: the path of a preset JSON file, or built-in "
                        + String.join(", ", VehiclePresets.NAMES))
                .getter(() -> presetName).setter(this::preset);
        d.string("driveCycle").causality(Causality.PARAMETER).start(DEFAULT_CYCLE)
                .description("Drive cycle: WLTC_CLASS3B, UDDS, HWFET, US06 or NEDC")
                .getter(() -> cycleName).setter(this::driveCycle);
    }

    private void preset(String name) {
        vehicle = VehiclePresets.load(name); // throws, naming the file or the built-in presets, before any change
        presetName = name;
    }

    private void driveCycle(String name) {
        cycle = StandardCycle.named(name).load();
        cycleName = name;
    }

    @Override
    public void setupExperiment(double start, double stopTime, double tolerance) {
        this.startTime = start;
    }

    @Override
    public void exitInitializationMode() {
        model = new DrivenVehicle(vehicle, new DriverParameters(naturalFrequency, dampingRatio, maxAcceleration,
                maxDeceleration), cycle, maxInternalStep);
        model.initialize(startTime, regenTorqueLimit, roadGrade);
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        model.step(currentCommunicationPoint, communicationStepSize, motorTorque, regenTorqueLimit, roadGrade);
    }

    @Override
    public void reset() {
        model = null;
        startTime = 0;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeUTF(presetName);
        out.writeUTF(cycleName);
        for (double v : new double[] {naturalFrequency, dampingRatio, maxAcceleration, maxDeceleration,
                maxInternalStep, motorTorque, regenTorqueLimit, roadGrade, startTime}) {
            out.writeDouble(v);
        }
        out.writeBoolean(model != null);
        if (model != null) {
            double[] state = model.state();
            out.writeInt(state.length);
            for (double v : state) {
                out.writeDouble(v);
            }
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        preset(in.readUTF());
        driveCycle(in.readUTF());
        naturalFrequency = in.readDouble();
        dampingRatio = in.readDouble();
        maxAcceleration = in.readDouble();
        maxDeceleration = in.readDouble();
        maxInternalStep = in.readDouble();
        motorTorque = in.readDouble();
        regenTorqueLimit = in.readDouble();
        roadGrade = in.readDouble();
        startTime = in.readDouble();
        if (in.readBoolean()) {
            double[] state = new double[in.readInt()];
            for (int i = 0; i < state.length; i++) {
                state[i] = in.readDouble();
            }
            model = new DrivenVehicle(vehicle, new DriverParameters(naturalFrequency, dampingRatio, maxAcceleration,
                    maxDeceleration), cycle, maxInternalStep);
            model.restore(state);
        } else {
            model = null;
        }
    }
}
