package dev.drivetwin.fmuvehicle.dynamics;

/**
 * Single-speed reduction between motor shaft and wheels (Guzzella and Sciarretta, Vehicle Propulsion Systems,
 * 3rd ed., chapter 3, gear box with efficiency η): motor speed ω = γ·v/r; wheel force F = η·γ·T/r while the motor
 * drives (T ≥ 0) and F = γ·T/(η·r) while it brakes (T &lt; 0), so the gearbox loss is always taken from the
 * power flow, never added to it. γ gear ratio, r wheel radius [m], T motor torque [N·m], F [N]. Immutable,
 * thread-safe.
 */
public final class Driveline {
    private final double gearRatio;
    private final double efficiency;
    private final double wheelRadius;

    public Driveline(VehicleParameters parameters) {
        this.gearRatio = parameters.gearRatio();
        this.efficiency = parameters.gearEfficiency();
        this.wheelRadius = parameters.wheelRadius();
    }

    /** Motor shaft angular velocity [rad/s] at vehicle speed v [m/s]. */
    public double motorSpeed(double speed) {
        return gearRatio * speed / wheelRadius;
    }

    /** Force at the wheels [N] from motor shaft torque [N·m], gearbox loss taken in the direction of power flow. */
    public double wheelForce(double motorTorque) {
        double ideal = gearRatio * motorTorque / wheelRadius;
        return motorTorque >= 0 ? efficiency * ideal : ideal / efficiency;
    }

    /** The motor torque [N·m] that gives wheel force F [N]: the inverse of {@link #wheelForce}. */
    public double motorTorque(double wheelForce) {
        double ideal = wheelForce * wheelRadius / gearRatio;
        return wheelForce >= 0 ? ideal / efficiency : ideal * efficiency;
    }

    /** Friction brake force at the wheels [N] that stands for a motor-side braking torque [N·m] (≤ 0). */
    public double brakeForceFor(double brakingTorque) {
        return -wheelForce(Math.min(brakingTorque, 0));
    }
}
