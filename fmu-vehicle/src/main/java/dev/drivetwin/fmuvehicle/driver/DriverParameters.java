package dev.drivetwin.fmuvehicle.driver;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;

/**
 * Tuning of the {@link PiDriver}, independent of the vehicle: the PI gains follow from the equivalent mass so
 * that the speed error obeys e'' + 2ζω·e' + ω²·e = 0 when the feed-forward is exact.
 *
 * @param naturalFrequency  ω of the speed-error dynamics [rad/s], &gt; 0
 * @param dampingRatio      ζ [1], &gt; 0
 * @param maxAcceleration   largest acceleration the driver asks for beyond the road load [m/s²], &gt; 0
 * @param maxDeceleration   largest deceleration the driver asks for [m/s²], &gt; 0
 */
public record DriverParameters(double naturalFrequency, double dampingRatio, double maxAcceleration,
        double maxDeceleration) {

    /**
     * ω = 2 rad/s, ζ = 1, 4 m/s², 8 m/s². Estimates: ω well above the cycles' bandwidth (the steepest WLTC
     * class 3b ramp lasts several seconds) but low enough for a 0.1 s communication step (ω·h = 0.2); 8 m/s² is
     * about the 0.8 g a passenger car's brakes give on dry asphalt, 4 m/s² more than any official cycle asks
     * (WLTC class 3b peaks near 1.7 m/s²).
     */
    public static final DriverParameters DEFAULT = new DriverParameters(2, 1, 4, 8);

    public DriverParameters {
        positive("naturalFrequency", naturalFrequency);
        positive("dampingRatio", dampingRatio);
        positive("maxAcceleration", maxAcceleration);
        positive("maxDeceleration", maxDeceleration);
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, "driver parameters", field, value);
        }
    }
}
