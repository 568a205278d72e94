package dev.drivetwin.fmuvehicle.dynamics;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;

/**
 * How much of the motor's regenerative torque the brake blending may use at a vehicle speed: none at or below
 * {@code zeroSpeed}, all of it at or above {@code fullSpeed}, linear in between. Fading regeneration out near
 * standstill and handing the stop to the friction brakes is a common strategy of series brake blending: the
 * recoverable energy there is small, the motor's torque is hard to meter smoothly through zero speed, and the
 * friction brakes must hold the car at rest anyway. The values of {@link #DEFAULT} (full at 15 km/h, none at
 * 5 km/h) are our choice, not a manufacturer's figure. Speeds [m/s]. Immutable and thread-safe.
 *
 * @param zeroSpeed speed at and below which no regeneration is used [m/s], ≥ 0
 * @param fullSpeed speed from which the full regenerative torque is used [m/s], &gt; zeroSpeed
 */
public record RegenFade(double zeroSpeed, double fullSpeed) {
    /** No fade: full regeneration down to standstill. */
    public static final RegenFade NONE = new RegenFade(0, Double.MIN_VALUE);
    /** Full regeneration from 15 km/h, none at 5 km/h and below (a choice, see the class comment). */
    public static final RegenFade DEFAULT = new RegenFade(5 / 3.6, 15 / 3.6);

    public RegenFade {
        if (!(zeroSpeed >= 0) || Double.isInfinite(zeroSpeed)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "regen fade", "zeroSpeed", zeroSpeed,
                    "[0, inf) m/s");
        }
        if (!(fullSpeed > zeroSpeed) || Double.isInfinite(fullSpeed)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "regen fade", "fullSpeed", fullSpeed,
                    "(zeroSpeed, inf) m/s");
        }
    }

    /** The share of the regenerative torque limit usable at this speed [1], in [0, 1]. */
    public double factor(double speed) {
        double share = (Math.abs(speed) - zeroSpeed) / (fullSpeed - zeroSpeed);
        return Math.min(1, Math.max(0, share));
    }
}
