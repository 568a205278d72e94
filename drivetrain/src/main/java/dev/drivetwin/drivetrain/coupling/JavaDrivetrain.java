package dev.drivetwin.drivetrain.coupling;

import dev.drivetwin.drivetrain.DrivetrainError;
import dev.drivetwin.drivetrain.DrivetrainException;
import dev.drivetwin.drivetrain.battery.IdealBattery;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive;
import dev.drivetwin.fmumotorinverter.machine.OperatingPoint;
import dev.drivetwin.fmuvehicle.cycle.DriveCycle;
import dev.drivetwin.fmuvehicle.driver.DrivenVehicle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.dynamics.Driveline;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;

/**
 * Vehicle, quasi-static electric drive and ideal battery coupled in plain Java over a drive cycle, with a fixed
 * step Δt. In each step [t, t+Δt]:
 * <ol>
 *   <li>the driver's torque command for the step (computed by {@link DrivenVehicle} at t, already regen-limited)
 *       goes to the drive ({@link QuasiStaticDrive#evaluate}) at the step's <em>mean</em> shaft speed ω̄ and the
 *       battery's terminal voltage V;</li>
 *   <li>the drive's shaft torque (after its own clamp to the available torque and its iron and mechanical drag)
 *       moves the vehicle over the step; the distance travelled gives ω̄ = γ·Δx / (r·Δt), the drive's DC current
 *       gives V = E − R·I;</li>
 *   <li>steps 1–2 repeat (fixed point, from ω̄ = ω(t) and the last step's V) until ω̄ and V change by less than
 *       {@value #TOLERANCE} relative, so that the shaft work T·ω̄·Δt is the work the vehicle received: this is
 *       what makes the energy balance exact rather than first-order in Δt. The map is a strong contraction
 *       (a torque change moves ω̄ only by about γ²·η·Δt / (2·r²·δ·m) per N·m, ~0.02 rad/s at Δt = 0.1 s);</li>
 *   <li>the regen limit for the next command is the drive's available regenerative torque at the speed reached,
 *       and 0 at rest (no regeneration without rotation, so a braking demand at rest goes to the friction
 *       brakes, which then do no work);</li>
 *   <li>the drive's temperatures advance over the step with the converged inputs, and the battery books the
 *       current: the drive's plus the auxiliary load's, I_aux = P_aux / V (a constant power at the battery
 *       terminals, as the low-voltage DC/DC converter draws it).</li>
 * </ol>
 * Time is the start time plus step count × Δt. Grade is 0 (the standard cycles are flat). The vehicle's RK4
 * integrator takes one substep per coupling step. Not thread-safe: one instance per run.
 */
public final class JavaDrivetrain {
    /**
     * Relative change of ω̄ and V below which the coupling iteration stops [1]. Not tighter: ω̄ comes from the
     * difference of two distances of up to tens of km, whose round-off (~1e-16 × 2e4 m) divided by Δt and scaled by
     * γ/r leaves ~1e-9 rad/s of noise, 1e-12 of a typical ω̄. The energy the remaining mismatch can hide is below
     * 1e-10 of the shaft work, far under the 1e-6 the balance is tested to.
     */
    public static final double TOLERANCE = 1e-10;
    /** Iterations after which a step is declared not converged. */
    public static final int MAX_ITERATIONS = 50;

    private final DriveCycle cycle;
    private final DrivenVehicle vehicle;
    private final QuasiStaticDrive drive;
    private final IdealBattery battery;
    private final Driveline driveline;
    private final double gearEfficiency;
    private final double step;
    private final long steps;
    private final double coolantTemperature;
    private final double auxiliaryPower;

    /**
     * @param vehicle            vehicle parameters (mass, road load, gear ratio, wheel radius)
     * @param driver             driver tuning
     * @param cycle              the speed trace to follow
     * @param drive              the electric drive preset (quasi-static level)
     * @param battery            the battery, fresh (its energy counters are read as the run's)
     * @param step               coupling step Δt [s], &gt; 0, dividing the cycle duration into whole steps
     * @param coolantTemperature drive coolant temperature [K], held; also the initial drive temperature
     * @param auxiliaryPower     constant power of the auxiliary (low-voltage) load at the battery terminals [W], ≥ 0
     * @throws DrivetrainException if the step is not positive or does not divide the duration, or a temperature
     *                             or power is out of range
     */
    public JavaDrivetrain(VehicleParameters vehicle, DriverParameters driver, DriveCycle cycle, DrivePreset drive,
            IdealBattery battery, double step, double coolantTemperature, double auxiliaryPower) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new DrivetrainException(DrivetrainError.NOT_POSITIVE, "java drivetrain", "step", step);
        }
        long n = Math.round(cycle.duration() / step);
        if (n < 1 || Math.abs(n * step - cycle.duration()) > 1e-9 * cycle.duration()) {
            throw new DrivetrainException(DrivetrainError.STEP_NOT_DIVIDING, step, cycle.duration());
        }
        if (!(coolantTemperature > 0) || Double.isInfinite(coolantTemperature)) {
            throw new DrivetrainException(DrivetrainError.NOT_POSITIVE, "java drivetrain", "coolantTemperature",
                    coolantTemperature);
        }
        if (!(auxiliaryPower >= 0) || Double.isInfinite(auxiliaryPower)) {
            throw new DrivetrainException(DrivetrainError.OUT_OF_RANGE, "java drivetrain", "auxiliaryPower",
                    auxiliaryPower, "[0, inf) W");
        }
        this.auxiliaryPower = auxiliaryPower;
        this.cycle = cycle;
        this.vehicle = new DrivenVehicle(vehicle, driver, cycle, step);
        this.drive = new QuasiStaticDrive(drive);
        this.battery = battery;
        this.driveline = new Driveline(vehicle);
        this.gearEfficiency = vehicle.gearEfficiency();
        this.step = step;
        this.steps = n;
        this.coolantTemperature = coolantTemperature;
    }

    /** Runs the whole cycle once. */
    public CycleResult run() {
        return run(new StepObserver() { });
    }

    /** Runs the whole cycle once, reporting every step to {@code observer}. */
    public CycleResult run(StepObserver observer) {
        double t0 = cycle.startTime();
        drive.initialize(coolantTemperature);
        vehicle.initialize(t0, 0, 0);
        double voltage = battery.openCircuitVoltage();
        Energies total = Energies.ZERO;
        double motoringShaft = 0;
        double motoringDc = 0;
        double regenShaft = 0;
        double regenDc = 0;
        double maxResidual = 0;
        double maxSpeedError = 0;
        for (long k = 0; k < steps; k++) {
            double[] saved = vehicle.state();
            double command = vehicle.torqueCommand();
            double distance0 = vehicle.distance();
            double kinetic0 = vehicle.dynamics().kineticEnergy();
            double wheel0 = vehicle.dynamics().wheelWork();
            double rolling0 = vehicle.dynamics().rollingLoss();
            double aero0 = vehicle.dynamics().aerodynamicLoss();
            double grade0 = vehicle.dynamics().gradeWork();
            double brake0 = vehicle.dynamics().brakeLoss();

            double meanSpeed = vehicle.motorSpeed();
            DriveOperatingPoint point = null;
            double usedSpeed = meanSpeed;
            double usedVoltage = voltage;
            for (int iteration = 0; ; iteration++) {
                usedSpeed = meanSpeed;
                usedVoltage = voltage;
                point = drive.evaluate(command, usedSpeed, usedVoltage);
                vehicle.restore(saved);
                vehicle.step(t0 + k * step, step, point.machine().shaftTorque(), 0, 0);
                meanSpeed = driveline.motorSpeed((vehicle.distance() - distance0) / step);
                voltage = battery.terminalVoltage(point.dcCurrent() + auxiliaryPower / usedVoltage);
                double speedChange = Math.abs(meanSpeed - usedSpeed) / Math.max(1, Math.abs(meanSpeed));
                double voltageChange = Math.abs(voltage - usedVoltage) / voltage;
                if (speedChange <= TOLERANCE && voltageChange <= TOLERANCE) {
                    break;
                }
                if (iteration >= MAX_ITERATIONS) {
                    boolean speedWorse = speedChange > voltageChange;
                    throw new DrivetrainException(DrivetrainError.NOT_CONVERGED, t0 + k * step, MAX_ITERATIONS,
                            speedWorse ? speedChange : voltageChange,
                            speedWorse ? "mean shaft speed" : "DC voltage");
                }
            }
            double shaftTorque = point.machine().shaftTorque();
            double endSpeed = vehicle.motorSpeed();
            double regenLimit = endSpeed > 0
                    ? drive.evaluate(0, endSpeed, usedVoltage).availableRegenerativeTorque() : 0;
            vehicle.restore(saved);
            vehicle.step(t0 + k * step, step, shaftTorque, regenLimit, 0);
            DriveOperatingPoint heated = drive.step(step, command, usedSpeed, usedVoltage, coolantTemperature);
            if (heated.dcCurrent() != point.dcCurrent()) {
                throw new IllegalStateException("drive step and evaluate disagree at t = " + (t0 + k * step));
            }
            double current = point.dcCurrent() + auxiliaryPower / usedVoltage;
            battery.deliver(current, step);

            Energies energies = energies(point, current, usedSpeed, distance0, kinetic0, wheel0, rolling0, aero0,
                    grade0, brake0);
            total = total.plus(energies);
            if (energies.shaft() > 0 && energies.dcLink() > 0) {
                motoringShaft += energies.shaft();
                motoringDc += energies.dcLink();
            } else if (energies.shaft() < 0 && energies.dcLink() < 0) {
                regenShaft -= energies.shaft();
                regenDc -= energies.dcLink();
            }
            double scale = energies.scale();
            if (scale > 0) {
                maxResidual = Math.max(maxResidual, Math.abs(energies.residual()) / scale);
            }
            double time = t0 + (k + 1) * step;
            maxSpeedError = Math.max(maxSpeedError, Math.abs(cycle.speedAt(time) - vehicle.speed()));
            observer.stepTaken(time, vehicle.speed(), cycle.speedAt(time), current, energies);
        }
        return new CycleResult(cycle.name(), step, steps * step, vehicle.distance(), total,
                battery.openCircuitEnergyDrawn(), battery.openCircuitEnergyRegenerated(), motoringShaft,
                motoringDc, regenShaft, regenDc, maxResidual, maxSpeedError);
    }

    private Energies energies(DriveOperatingPoint point, double current, double meanShaftSpeed, double distance0,
            double kinetic0, double wheel0, double rolling0, double aero0, double grade0, double brake0) {
        OperatingPoint m = point.machine();
        double shaft = m.shaftTorque() * meanShaftSpeed * step;
        double gearbox = m.shaftTorque() >= 0 ? (1 - gearEfficiency) * shaft : (1 / gearEfficiency - 1) * -shaft;
        return new Energies(
                battery.openCircuitVoltage() * current * step,
                battery.internalResistance() * current * current * step,
                auxiliaryPower * step,
                point.dcPower() * step,
                m.copperLoss() * step,
                m.ironLoss() * step,
                m.mechanicalLoss() * step,
                m.mapLoss() * step,
                point.inverter().conduction() * step,
                point.inverter().switching() * step,
                shaft,
                gearbox,
                vehicle.dynamics().wheelWork() - wheel0,
                vehicle.dynamics().kineticEnergy() - kinetic0,
                vehicle.dynamics().rollingLoss() - rolling0,
                vehicle.dynamics().aerodynamicLoss() - aero0,
                vehicle.dynamics().gradeWork() - grade0,
                vehicle.dynamics().brakeLoss() - brake0);
    }
}
