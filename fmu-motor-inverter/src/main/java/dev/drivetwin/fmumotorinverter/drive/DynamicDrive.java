package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.machine.OperatingPoint;
import dev.drivetwin.fmumotorinverter.machine.PmsmMachine;
import dev.drivetwin.fmumotorinverter.thermal.DriveThermalModel;
import java.util.Arrays;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.SecondaryODE;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * Electric drive at the dynamic fidelity level: the PMSM's dq currents are states, driven by the field-oriented
 * {@link CurrentController} through an average-value inverter; the shaft speed is an input (the mechanical side
 * belongs to the vehicle). State: id, iq [A], the PI integrators xd, xq [V], and the three temperatures.
 * <pre>
 *   Ld did/dt = vd - Rs id + we Lq iq          Lq diq/dt = vq - Rs iq - we (Ld id + psi_m)       we = p w
 *   T = 1.5 p (psi_m iq + (Ld - Lq) id iq)
 * </pre>
 * The current references are the quasi-static level's operating point for the command (MTPA, field weakening,
 * current, voltage, torque, power and thermal limits: {@link PmsmMachine#operatingPoint}), so in steady state this
 * level settles on exactly that point. Iron, mechanical and inverter losses are the quasi-static formulas at the
 * instantaneous currents and voltages. Energy balance at every instant:
 * Vdc Idc = T_shaft w + losses + dW/dt, W = 1.5 (Ld id^2 + Lq iq^2) / 2 ({@link PmsmMachine#magneticEnergy}).
 *
 * <p>Integration: Hipparchus's adaptive Dormand-Prince 5(4) over each step with the inputs and temperatures held,
 * relative tolerance {@link #RELATIVE_TOLERANCE} and absolute tolerances {@link #ABSOLUTE_TOLERANCE} times the
 * preset's maxCurrent (currents) and nominal voltage limit (integrators). Adaptive rather than fixed-step, because
 * the dynamics depend on the operating point: the closed loops' pole at -wc when the voltage is free, the open
 * machine's poles -Rs/L +- j we (we up to about 4700 rad/s at the presets' top speeds) when the voltage limit
 * holds, with a non-smooth switch between the two, and slow -Rs/L modes after a limited transient; the steps
 * shrink in transients and grow to the stability limit at equilibrium. The energies (DC, shaft,
 * each loss) are integrated alongside as secondary equations, which Hipparchus leaves out of the error control;
 * they follow the same steps. The thermal nodes then advance exactly over the step with the step's average losses.
 *
 * <p>Outputs ({@link #evaluate}) are instantaneous: the currents are the states, the voltages the controller's
 * response to the present command. A measured loss map is refused (its loss has no copper/iron split to follow a
 * transient). Mutable; not thread-safe.
 */
public final class DynamicDrive implements DriveModel {
    /** Relative tolerance of the integrator on every state [1]. */
    public static final double RELATIVE_TOLERANCE = 1e-9;
    /** Absolute tolerance as a fraction of maxCurrent (currents) and of Vdc,nominal / sqrt(3) (integrators) [1]. */
    public static final double ABSOLUTE_TOLERANCE = 1e-9;
    /** Far below every time constant; reaching it means the integration failed [s]. */
    private static final double MIN_STEP = 1e-12;
    private static final int STATE_SIZE = 13;

    private final QuasiStaticDrive quasiStatic;
    private final PmsmMachine machine;
    private final CurrentController controller;
    private final int polePairs;
    private final double[] absoluteTolerance;
    private final double[] relativeTolerance;

    private double directCurrent;
    private double quadratureCurrent;
    private double directIntegrator;
    private double quadratureIntegrator;
    private DriveEnergies energies = DriveEnergies.ZERO;
    private DriveEnergies lastStepEnergies = DriveEnergies.ZERO;
    private double[] referenceKey;
    private DriveOperatingPoint reference;

    /**
     * @param preset the drive; its loss model must be PHYSICAL
     * @param currentLoopBandwidth wc of both current loops [rad/s], e.g.
     *     {@link CurrentController#ruleOfThumbBandwidth}
     * @throws MotorInverterException INCONSISTENT for a loss-map preset, NOT_POSITIVE for the bandwidth
     */
    public DynamicDrive(DrivePreset preset, double currentLoopBandwidth) {
        MotorInverterException.present("preset", preset);
        if (preset.lossModel() != LossModel.PHYSICAL) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, preset.name() + ": lossModel",
                    "the dynamic level needs lossModel PHYSICAL; a measured loss map describes steady states only");
        }
        this.quasiStatic = new QuasiStaticDrive(preset);
        this.machine = quasiStatic.machine();
        this.controller = new CurrentController(preset.machine(), currentLoopBandwidth);
        this.polePairs = preset.machine().polePairs();
        double current = ABSOLUTE_TOLERANCE * preset.machine().maxCurrent();
        double voltage = ABSOLUTE_TOLERANCE * PmsmMachine.voltageLimit(preset.nominalDcVoltage());
        this.absoluteTolerance = new double[] {current, current, voltage, voltage};
        this.relativeTolerance = new double[4];
        Arrays.fill(relativeTolerance, RELATIVE_TOLERANCE);
    }

    /** Builds the drive with the rule-of-thumb bandwidth for the preset's switching frequency. */
    public DynamicDrive(DrivePreset preset) {
        this(preset, CurrentController.ruleOfThumbBandwidth(preset.inverter()));
    }

    @Override
    public DrivePreset preset() {
        return quasiStatic.preset();
    }

    @Override
    public DriveThermalModel thermal() {
        return quasiStatic.thermal();
    }

    public PmsmMachine machine() {
        return machine;
    }

    public CurrentController controller() {
        return controller;
    }

    /** Temperatures to the coolant temperature [K]; currents, integrators and energies to zero. */
    @Override
    public void initialize(double coolantTemperature) {
        quasiStatic.initialize(coolantTemperature);
        directCurrent = 0;
        quadratureCurrent = 0;
        directIntegrator = 0;
        quadratureIntegrator = 0;
        energies = DriveEnergies.ZERO;
        lastStepEnergies = DriveEnergies.ZERO;
        reference = null;
    }

    @Override
    public DriveOperatingPoint evaluate(double torqueCommand, double speed, double dcVoltage) {
        DriveOperatingPoint target = reference(torqueCommand, speed, dcVoltage);
        return pointAt(directCurrent, quadratureCurrent, directIntegrator, quadratureIntegrator, target, speed,
                dcVoltage);
    }

    /**
     * The quasi-static operating point for these inputs at the present temperatures: the current references and
     * the available torques. Computed once per distinct inputs and temperatures.
     */
    public DriveOperatingPoint reference(double torqueCommand, double speed, double dcVoltage) {
        DriveThermalModel t = quasiStatic.thermal();
        double[] key = {torqueCommand, speed, dcVoltage, t.windingTemperature(), t.magnetTemperature(),
            t.junctionTemperature()};
        if (reference == null || !Arrays.equals(key, referenceKey)) {
            reference = quasiStatic.evaluate(torqueCommand, speed, dcVoltage);
            referenceKey = key;
        }
        return reference;
    }

    private DriveOperatingPoint pointAt(double id, double iq, double xd, double xq, DriveOperatingPoint target,
            double speed, double dcVoltage) {
        VoltageCommand v = controller.voltage(target.machine().directCurrent(), target.machine().quadratureCurrent(),
                id, iq, xd, xq, polePairs * speed, PmsmMachine.voltageLimit(dcVoltage));
        // voltage-limited as in the quasi-static level: the reference is in field weakening, or the inverter's
        // limit cuts the controller's demand right now
        OperatingPoint m = machine.pointAt(speed, id, iq, v.directVoltage(), v.quadratureVoltage(),
                quasiStatic.thermal().windingTemperature(), target.machine().voltageLimited() || v.limited());
        return quasiStatic.withInverter(m, dcVoltage, target.availableTorque(), target.availableRegenerativeTorque(),
                target.deratingFactor());
    }

    /**
     * Integrates currents, integrators and energies over {@code step} [s] with the inputs and temperatures held,
     * then advances the temperatures with the step's average losses.
     *
     * @throws MotorInverterException BAD_INPUT for a step that is not positive and finite or a bad input,
     *     INTEGRATION_FAILED if the integrator gives up (its message attached)
     */
    @Override
    public DriveOperatingPoint step(double step, double torqueCommand, double speed, double dcVoltage,
            double coolantTemperature) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "step", step,
                    "must be positive and finite [s]");
        }
        DriveOperatingPoint start = evaluate(torqueCommand, speed, dcVoltage);
        Interval interval = new Interval(reference, speed, dcVoltage);
        ExpandableODE equations = new ExpandableODE(interval);
        int energyIndex = equations.addSecondaryEquations(interval.energyFlows());
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(MIN_STEP, step, absoluteTolerance,
                relativeTolerance);
        ODEState initial = new ODEState(0,
                new double[] {directCurrent, quadratureCurrent, directIntegrator, quadratureIntegrator},
                new double[][] {new double[6]});
        ODEStateAndDerivative end;
        try {
            end = integrator.integrate(equations, initial, step);
        } catch (MathRuntimeException e) {
            throw new MotorInverterException(e, MotorInverterError.INTEGRATION_FAILED,
                    preset().name() + " dq currents", step, e.getMessage());
        }
        double[] y = end.getPrimaryState();
        directCurrent = y[0];
        quadratureCurrent = y[1];
        directIntegrator = y[2];
        quadratureIntegrator = y[3];
        double[] e = end.getSecondaryState(energyIndex);
        lastStepEnergies = new DriveEnergies(e[0], e[1], e[2], e[3], e[4], e[5]);
        energies = energies.plus(lastStepEnergies);
        quasiStatic.heat(step, e[2] / step, e[3] / step, 0, e[5] / step, coolantTemperature);
        return start;
    }

    /** id [A]. */
    public double directCurrent() {
        return directCurrent;
    }

    /** iq [A]. */
    public double quadratureCurrent() {
        return quadratureCurrent;
    }

    /** d-axis PI integrator state xd [V]. */
    public double directIntegrator() {
        return directIntegrator;
    }

    /** q-axis PI integrator state xq [V]. */
    public double quadratureIntegrator() {
        return quadratureIntegrator;
    }

    /** 1.5 (Ld id^2 + Lq iq^2) / 2 at the present currents [J]. */
    public double magneticEnergy() {
        return machine.magneticEnergy(directCurrent, quadratureCurrent);
    }

    /** Energies since {@link #initialize} [J]. */
    public DriveEnergies energies() {
        return energies;
    }

    /** Energies of the last step [J]. */
    public DriveEnergies lastStepEnergies() {
        return lastStepEnergies;
    }

    /** Temperatures [K], id, iq [A], xd, xq [V], energies since initialization [J]: 13 values. */
    @Override
    public double[] state() {
        DriveThermalModel t = quasiStatic.thermal();
        DriveEnergies s = energies;
        return new double[] {t.windingTemperature(), t.magnetTemperature(), t.junctionTemperature(), directCurrent,
            quadratureCurrent, directIntegrator, quadratureIntegrator, s.dc(), s.shaft(), s.copper(), s.iron(),
            s.mechanical(), s.inverter()};
    }

    @Override
    public void restore(double[] state) {
        DriveModel.checkStateLength(state, STATE_SIZE);
        quasiStatic.thermal().restore(state[0], state[1], state[2]);
        directCurrent = state[3];
        quadratureCurrent = state[4];
        directIntegrator = state[5];
        quadratureIntegrator = state[6];
        energies = new DriveEnergies(state[7], state[8], state[9], state[10], state[11], state[12]);
        lastStepEnergies = DriveEnergies.ZERO;
        reference = null;
    }

    /** The ODE of one step: inputs, references and temperatures held; time runs from 0 to the step. */
    private final class Interval implements OrdinaryDifferentialEquation {
        private final DriveOperatingPoint target;
        private final double directReference;
        private final double quadratureReference;
        private final double speed;
        private final double electricalSpeed;
        private final double dcVoltage;
        private final double voltageLimit;
        private final double resistance;

        Interval(DriveOperatingPoint target, double speed, double dcVoltage) {
            this.target = target;
            this.directReference = target.machine().directCurrent();
            this.quadratureReference = target.machine().quadratureCurrent();
            this.speed = speed;
            this.electricalSpeed = polePairs * speed;
            this.dcVoltage = dcVoltage;
            this.voltageLimit = PmsmMachine.voltageLimit(dcVoltage);
            this.resistance = machine.resistance(quasiStatic.thermal().windingTemperature());
        }

        @Override
        public int getDimension() {
            return 4;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            VoltageCommand v = controller.voltage(directReference, quadratureReference, y[0], y[1], y[2], y[3],
                    electricalSpeed, voltageLimit);
            return new double[] {
                machine.directCurrentDerivative(y[0], y[1], v.directVoltage(), electricalSpeed, resistance),
                machine.quadratureCurrentDerivative(y[0], y[1], v.quadratureVoltage(), electricalSpeed, resistance),
                controller.directIntegratorDerivative(v, directReference, y[0], resistance),
                controller.quadratureIntegratorDerivative(v, quadratureReference, y[1], resistance)};
        }

        /** d/dt of (DC, shaft, copper, iron, mechanical, inverter) energy [W]. */
        SecondaryODE energyFlows() {
            return new SecondaryODE() {
                @Override
                public int getDimension() {
                    return 6;
                }

                @Override
                public double[] computeDerivatives(double t, double[] primary, double[] primaryDot,
                        double[] secondary) {
                    DriveOperatingPoint p = pointAt(primary[0], primary[1], primary[2], primary[3], target, speed,
                            dcVoltage);
                    OperatingPoint m = p.machine();
                    return new double[] {p.dcPower(), m.shaftPower(), m.copperLoss(), m.ironLoss(),
                        m.mechanicalLoss(), p.inverter().total()};
                }
            };
        }
    }
}
