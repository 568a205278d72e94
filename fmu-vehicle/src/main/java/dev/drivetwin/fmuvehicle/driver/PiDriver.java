package dev.drivetwin.fmuvehicle.driver;

import dev.drivetwin.fmuvehicle.dynamics.Driveline;
import dev.drivetwin.fmuvehicle.dynamics.RoadLoad;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;

/**
 * A driver that follows a target speed: feed-forward of the force the vehicle needs for the target speed and
 * acceleration, δ·m·a* + F_road(v*), plus PI on the speed error e = v* − v with gains Kp = 2ζω·δ·m [N·s/m] and
 * Ki = ω²·δ·m [N/m], so that with an exact feed-forward the error decays as a second-order system of natural
 * frequency ω and damping ζ (pole placement for PI control of a first-order plant; Åström and Murray, Feedback
 * Systems, 2008, chapter 10, "PID Control", where section 10.4 treats integrator windup). The force is limited to [−δ·m·a_dec, δ·m·a_acc + F_road] and the integrator stops while the limit
 * holds and the error pushes further into it (conditional integration, anti-windup). The force becomes a
 * motor-side torque demand through the {@link Driveline}: positive traction, negative braking.
 * Not thread-safe: it keeps the integral of the error.
 */
public final class PiDriver {
    private final RoadLoad roadLoad;
    private final Driveline driveline;
    private final double equivalentMass;
    private final double proportionalGain;
    private final double integralGain;
    private final double maxAcceleration;
    private final double maxDeceleration;
    private double errorIntegral;
    private boolean saturatedHigh;
    private boolean saturatedLow;

    public PiDriver(VehicleParameters vehicle, DriverParameters driver) {
        this.roadLoad = new RoadLoad(vehicle);
        this.driveline = new Driveline(vehicle);
        this.equivalentMass = vehicle.equivalentMass();
        this.proportionalGain = 2 * driver.dampingRatio() * driver.naturalFrequency() * equivalentMass;
        this.integralGain = driver.naturalFrequency() * driver.naturalFrequency() * equivalentMass;
        this.maxAcceleration = driver.maxAcceleration();
        this.maxDeceleration = driver.maxDeceleration();
    }

    /** Kp [N·s/m]. */
    public double proportionalGain() {
        return proportionalGain;
    }

    /** Ki [N/m]. */
    public double integralGain() {
        return integralGain;
    }

    /** Clears the error integral. */
    public void reset() {
        errorIntegral = 0;
        saturatedHigh = false;
        saturatedLow = false;
    }

    /**
     * Accumulates the speed error over the step just taken (rectangle rule with the error at its end), unless
     * the last demand was at a limit and the error pushes further into it.
     *
     * @param h      step [s]
     * @param error  target minus actual speed at the end of the step [m/s]
     */
    public void integrate(double h, double error) {
        if ((saturatedHigh && error > 0) || (saturatedLow && error < 0)) {
            return;
        }
        errorIntegral += error * h;
    }

    /**
     * The wheel force the driver asks for [N].
     *
     * @param targetSpeed         v* [m/s]
     * @param targetAcceleration  a* [m/s²]
     * @param speed               actual speed [m/s]
     * @param grade               road grade [rad]
     */
    public double forceDemand(double targetSpeed, double targetAcceleration, double speed, double grade) {
        double road = roadLoad.aerodynamicDrag(targetSpeed) + roadLoad.gradeResistance(grade)
                + (targetSpeed > 0 || targetAcceleration > 0 ? roadLoad.rollingResistance(grade) : 0);
        double feedForward = equivalentMass * targetAcceleration + road;
        double error = targetSpeed - speed;
        double force = feedForward + proportionalGain * error + integralGain * errorIntegral;
        double high = equivalentMass * maxAcceleration + Math.max(road, 0);
        double low = -equivalentMass * maxDeceleration;
        saturatedHigh = force >= high;
        saturatedLow = force <= low;
        return Math.min(Math.max(force, low), high);
    }

    /** The motor-side torque demand [N·m] for {@link #forceDemand}: positive traction, negative braking. */
    public double torqueDemand(double targetSpeed, double targetAcceleration, double speed, double grade) {
        return driveline.motorTorque(forceDemand(targetSpeed, targetAcceleration, speed, grade));
    }

    /** The error integral [m], for saving a state. */
    public double errorIntegral() {
        return errorIntegral;
    }

    /** Restores the error integral [m] and the saturation flags of a saved state. */
    public void restore(double integral, boolean high, boolean low) {
        this.errorIntegral = integral;
        this.saturatedHigh = high;
        this.saturatedLow = low;
    }

    public boolean saturatedHigh() {
        return saturatedHigh;
    }

    public boolean saturatedLow() {
        return saturatedLow;
    }
}
