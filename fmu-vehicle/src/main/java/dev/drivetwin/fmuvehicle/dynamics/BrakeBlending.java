package dev.drivetwin.fmuvehicle.dynamics;

/**
 * Series regenerative braking blend: a braking demand (negative motor-side torque) goes to the motor as regen up
 * to the torque the motor can regenerate now, scaled by the {@link RegenFade} at the vehicle speed, and the rest to
 * the friction brakes (Ehsani et al., Modern Electric, Hybrid Electric and Fuel Cell Vehicles, 3rd ed., chapter on
 * regenerative braking, series braking, here without the front/rear distribution). Traction demands pass
 * unchanged. Stateless and thread-safe.
 */
public final class BrakeBlending {

    /**
     * @param motorTorqueCommand  torque asked of the motor [N·m], positive traction, negative regen
     * @param frictionBrakeForce  force asked of the friction brakes at the wheels [N], ≥ 0
     */
    public record Split(double motorTorqueCommand, double frictionBrakeForce) {
    }

    private final Driveline driveline;
    private final RegenFade fade;

    public BrakeBlending(Driveline driveline, RegenFade fade) {
        this.driveline = driveline;
        this.fade = fade;
    }

    /**
     * @param torqueDemand      the driver's demand [N·m], motor-side; negative means braking
     * @param regenTorqueLimit  magnitude of the regen torque the motor can give now [N·m], ≥ 0
     * @param speed             vehicle speed [m/s], for the fade
     */
    public Split split(double torqueDemand, double regenTorqueLimit, double speed) {
        if (torqueDemand >= 0) {
            return new Split(torqueDemand, 0);
        }
        double limit = Math.max(regenTorqueLimit, 0) * fade.factor(speed);
        double regen = Math.max(torqueDemand, -limit);
        return new Split(regen, driveline.brakeForceFor(torqueDemand - regen));
    }
}
