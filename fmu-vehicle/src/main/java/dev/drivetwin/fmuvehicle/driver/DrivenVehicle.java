package dev.drivetwin.fmuvehicle.driver;

import dev.drivetwin.fmuvehicle.cycle.DriveCycle;
import dev.drivetwin.fmuvehicle.dynamics.BrakeBlending;
import dev.drivetwin.fmuvehicle.dynamics.LongitudinalDynamics;
import dev.drivetwin.fmuvehicle.dynamics.RegenFade;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;

/**
 * A vehicle driven along a drive cycle, as a co-simulation sees it: the motor torque comes from outside, the
 * driver's torque demand is split by {@link BrakeBlending}, with regeneration faded out near standstill
 * ({@link RegenFade#DEFAULT}), into a motor command (sent out) and a friction brake force (applied here). Call order: {@link #initialize}, then {@link #step} for consecutive intervals. Each
 * step applies the motor torque delivered over [t, t+h] and the friction brake force decided at t, then
 * computes the command for the next interval from the state at t+h (so outputs never depend on inputs of the
 * same instant). Powers are averages over the last step, from the energy integrals, so that power × step adds
 * up to the energy exactly. Not thread-safe.
 */
public final class DrivenVehicle {
    private final DriveCycle cycle;
    private final LongitudinalDynamics dynamics;
    private final PiDriver driver;
    private final BrakeBlending blending;
    private double time;
    private double torqueCommand;
    private double frictionBrakeForce;
    private double tractiveForce;
    private double wheelPower;
    private double frictionBrakePower;

    /**
     * @param maxInternalStep longest integrator substep [s] (see {@link LongitudinalDynamics})
     */
    public DrivenVehicle(VehicleParameters vehicle, DriverParameters driverParameters, DriveCycle cycle,
            double maxInternalStep) {
        this.cycle = cycle;
        this.dynamics = new LongitudinalDynamics(vehicle, maxInternalStep);
        this.driver = new PiDriver(vehicle, driverParameters);
        this.blending = new BrakeBlending(dynamics.driveline(), RegenFade.DEFAULT);
    }

    /**
     * Starts at time t0 [s] at the cycle's speed, with the first command computed for the given regen limit
     * [N·m] and grade [rad].
     */
    public void initialize(double startTime, double regenTorqueLimit, double grade) {
        time = startTime;
        dynamics.reset(cycle.speedAt(startTime));
        driver.reset();
        tractiveForce = 0;
        wheelPower = 0;
        frictionBrakePower = 0;
        command(regenTorqueLimit, grade);
    }

    /**
     * Advances from t to t + h. The new time is t + h as the caller computed it (a master's communication point),
     * not a running sum, so long runs do not drift.
     *
     * @param t                 start of the step [s]; the time of the last step's end
     * @param h                 step [s]
     * @param motorTorque       torque the motor delivered over the step [N·m]
     * @param regenTorqueLimit  regen torque the motor can give [N·m], ≥ 0, for the next command
     * @param grade             road grade [rad], positive uphill
     */
    public void step(double t, double h, double motorTorque, double regenTorqueLimit, double grade) {
        double wheelWork = dynamics.wheelWork();
        double brakeLoss = dynamics.brakeLoss();
        dynamics.step(h, motorTorque, frictionBrakeForce, grade);
        time = t + h;
        tractiveForce = dynamics.driveline().wheelForce(motorTorque);
        wheelPower = (dynamics.wheelWork() - wheelWork) / h;
        frictionBrakePower = (dynamics.brakeLoss() - brakeLoss) / h;
        driver.integrate(h, cycle.speedAt(time) - dynamics.speed());
        command(regenTorqueLimit, grade);
    }

    private void command(double regenTorqueLimit, double grade) {
        double demand = driver.torqueDemand(cycle.speedAt(time), cycle.accelerationAt(time), dynamics.speed(),
                grade);
        BrakeBlending.Split split = blending.split(demand, regenTorqueLimit, dynamics.speed());
        torqueCommand = split.motorTorqueCommand();
        frictionBrakeForce = split.frictionBrakeForce();
    }

    /** Simulated time [s]. */
    public double time() {
        return time;
    }

    public DriveCycle cycle() {
        return cycle;
    }

    public LongitudinalDynamics dynamics() {
        return dynamics;
    }

    /** Vehicle speed [m/s]. */
    public double speed() {
        return dynamics.speed();
    }

    /** Cycle speed at the current time [m/s]. */
    public double targetSpeed() {
        return cycle.speedAt(time);
    }

    /** Distance travelled [m]. */
    public double distance() {
        return dynamics.distance();
    }

    /** Motor shaft angular velocity [rad/s]. */
    public double motorSpeed() {
        return dynamics.driveline().motorSpeed(dynamics.speed());
    }

    /** Torque asked of the motor for the next interval [N·m]: positive traction, negative regen. */
    public double torqueCommand() {
        return torqueCommand;
    }

    /** Friction brake force to apply over the next interval [N]. */
    public double frictionBrakeForce() {
        return frictionBrakeForce;
    }

    /** Force at the wheels from the motor over the last step [N]. */
    public double tractiveForce() {
        return tractiveForce;
    }

    /** Mean driveline power at the wheels over the last step [W]; negative while regenerating. */
    public double wheelPower() {
        return wheelPower;
    }

    /** Mean power dissipated by the friction brakes over the last step [W]. */
    public double frictionBrakePower() {
        return frictionBrakePower;
    }

    /** Everything needed to continue exactly from here (see {@link #restore}). */
    public double[] state() {
        double[] d = dynamics.state();
        double[] out = new double[d.length + 9];
        System.arraycopy(d, 0, out, 0, d.length);
        int i = d.length;
        out[i] = time;
        out[i + 1] = torqueCommand;
        out[i + 2] = frictionBrakeForce;
        out[i + 3] = tractiveForce;
        out[i + 4] = wheelPower;
        out[i + 5] = frictionBrakePower;
        out[i + 6] = driver.errorIntegral();
        out[i + 7] = driver.saturatedHigh() ? 1 : 0;
        out[i + 8] = driver.saturatedLow() ? 1 : 0;
        return out;
    }

    /** Restores a state from {@link #state} of a vehicle built with the same parameters and cycle. */
    public void restore(double[] saved) {
        int n = saved.length - 9;
        dynamics.restore(java.util.Arrays.copyOf(saved, n));
        time = saved[n];
        torqueCommand = saved[n + 1];
        frictionBrakeForce = saved[n + 2];
        tractiveForce = saved[n + 3];
        wheelPower = saved[n + 4];
        frictionBrakePower = saved[n + 5];
        driver.restore(saved[n + 6], saved[n + 7] != 0, saved[n + 8] != 0);
    }
}
