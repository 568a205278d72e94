package dev.drivetwin.fmuvehicle.cycle;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.util.Arrays;
import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * A recorded motor operating trace: per sample the motor output torque [N·m] (positive driving, negative
 * regenerating) and shaft angular velocity [rad/s], at strictly increasing times [s]; linear between samples,
 * held outside. It lets recorded driving load a motor and battery directly, without the vehicle model. Immutable
 * and thread-safe; arrays are copied in and out.
 */
public final class MotorLog {
    private final String name;
    private final double[] time;
    private final double[] torque;
    private final double[] angularVelocity;
    private final PolynomialSplineFunction torqueFunction;
    private final PolynomialSplineFunction angularVelocityFunction;

    /** @throws VehicleException BAD_FILE if the arrays differ in length, have fewer than two samples or time does not increase */
    public MotorLog(String name, double[] time, double[] torque, double[] angularVelocity) {
        if (time.length != torque.length || time.length != angularVelocity.length || time.length < 2) {
            throw new VehicleException(VehicleError.BAD_FILE, name, "needs at least two samples of time, torque and"
                    + " angular velocity; got " + time.length + ", " + torque.length + ", " + angularVelocity.length);
        }
        for (int i = 1; i < time.length; i++) {
            if (!(time[i] > time[i - 1])) {
                throw new VehicleException(VehicleError.BAD_FILE, name, "time must increase strictly; sample " + i
                        + " is " + time[i] + " s");
            }
        }
        this.name = name;
        this.time = time.clone();
        this.torque = torque.clone();
        this.angularVelocity = angularVelocity.clone();
        LinearInterpolator interpolator = new LinearInterpolator();
        this.torqueFunction = interpolator.interpolate(this.time, this.torque);
        this.angularVelocityFunction = interpolator.interpolate(this.time, this.angularVelocity);
    }

    public String name() {
        return name;
    }

    /** [s], a copy. */
    public double[] time() {
        return time.clone();
    }

    /** [N·m], a copy. */
    public double[] torque() {
        return torque.clone();
    }

    /** [rad/s], a copy. */
    public double[] angularVelocity() {
        return angularVelocity.clone();
    }

    /** Motor output torque [N·m] at t [s]. */
    public double torqueAt(double t) {
        return at(torqueFunction, torque, t);
    }

    /** Shaft angular velocity [rad/s] at t [s]. */
    public double angularVelocityAt(double t) {
        return at(angularVelocityFunction, angularVelocity, t);
    }

    /** Mechanical energy the motor delivered [J]: trapezoidal integral of torque × angular velocity. */
    public double mechanicalEnergy() {
        double sum = 0;
        for (int i = 1; i < time.length; i++) {
            sum += 0.5 * (torque[i] * angularVelocity[i] + torque[i - 1] * angularVelocity[i - 1])
                    * (time[i] - time[i - 1]);
        }
        return sum;
    }

    private double at(PolynomialSplineFunction function, double[] values, double t) {
        if (t <= time[0]) {
            return values[0];
        }
        if (t >= time[time.length - 1]) {
            return values[values.length - 1];
        }
        return function.value(t);
    }

    @Override
    public String toString() {
        return "MotorLog[" + name + ", " + time.length + " samples, " + Arrays.toString(new double[] {time[0],
                time[time.length - 1]}) + " s]";
    }
}
