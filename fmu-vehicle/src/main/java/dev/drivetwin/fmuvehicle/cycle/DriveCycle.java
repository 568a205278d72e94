package dev.drivetwin.fmuvehicle.cycle;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.util.Arrays;
import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * A target speed trace: speed [m/s] at strictly increasing times [s], linear between samples (the official
 * cycles are defined at 1 Hz with straight lines between points). Before the first sample the first speed holds,
 * after the last the last. Immutable and thread-safe; arrays are copied in and out.
 */
public final class DriveCycle {
    private final String name;
    private final double[] time;
    private final double[] speed;
    private final PolynomialSplineFunction interpolant;

    /**
     * @param name   what the cycle is called in messages (a file or cycle name)
     * @param time   sample times [s], strictly increasing, at least two
     * @param speed  speeds [m/s] at those times, finite and not negative
     * @throws VehicleException BAD_FILE if the arrays differ in length, are shorter than two or are not as above
     */
    public DriveCycle(String name, double[] time, double[] speed) {
        if (name == null || name.isBlank()) {
            throw new VehicleException(VehicleError.BLANK, "drive cycle", "name");
        }
        if (time.length != speed.length || time.length < 2) {
            throw new VehicleException(VehicleError.BAD_FILE, name, "needs at least two samples with one speed per"
                    + " time; got " + time.length + " times and " + speed.length + " speeds");
        }
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(time[i]) || (i > 0 && !(time[i] > time[i - 1]))) {
                throw new VehicleException(VehicleError.BAD_FILE, name, "time must be finite and strictly"
                        + " increasing; sample " + i + " is " + time[i] + " s");
            }
            if (!(speed[i] >= 0) || !Double.isFinite(speed[i])) {
                throw new VehicleException(VehicleError.BAD_FILE, name, "speed must be finite and not negative;"
                        + " sample " + i + " is " + speed[i] + " m/s");
            }
        }
        this.name = name;
        this.time = time.clone();
        this.speed = speed.clone();
        this.interpolant = new LinearInterpolator().interpolate(this.time, this.speed);
    }

    public String name() {
        return name;
    }

    /** Sample times [s] (a copy). */
    public double[] time() {
        return time.clone();
    }

    /** Sample speeds [m/s] (a copy). */
    public double[] speed() {
        return speed.clone();
    }

    /** First sample time [s]. */
    public double startTime() {
        return time[0];
    }

    /** Last sample time minus first [s]. */
    public double duration() {
        return time[time.length - 1] - time[0];
    }

    /** Distance [m]: trapezoidal integral of speed over time, exact for the piecewise-linear trace. */
    public double distance() {
        double sum = 0;
        for (int i = 1; i < time.length; i++) {
            sum += 0.5 * (speed[i] + speed[i - 1]) * (time[i] - time[i - 1]);
        }
        return sum;
    }

    /** Highest sample speed [m/s]. */
    public double maxSpeed() {
        return Arrays.stream(speed).max().orElseThrow();
    }

    /** Target speed [m/s] at time t [s]. */
    public double speedAt(double t) {
        if (t <= time[0]) {
            return speed[0];
        }
        if (t >= time[time.length - 1]) {
            return speed[speed.length - 1];
        }
        return interpolant.value(t);
    }

    /**
     * Target acceleration [m/s²] at time t [s]: the slope of the segment that starts at or before t (the
     * right-hand derivative), 0 outside the trace.
     */
    public double accelerationAt(double t) {
        if (t < time[0] || t >= time[time.length - 1]) {
            return 0;
        }
        int i = Arrays.binarySearch(time, t);
        int segment = i >= 0 ? i : -i - 2;
        return (speed[segment + 1] - speed[segment]) / (time[segment + 1] - time[segment]);
    }
}
