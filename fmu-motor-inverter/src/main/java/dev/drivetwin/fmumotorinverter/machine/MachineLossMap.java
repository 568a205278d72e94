package dev.drivetwin.fmumotorinverter.machine;

import org.hipparchus.analysis.interpolation.BilinearInterpolatingFunction;
import org.hipparchus.analysis.interpolation.BilinearInterpolator;

/**
 * Machine loss [W] interpolated bilinearly (Hipparchus {@link BilinearInterpolator}) in |speed| and |torque| from
 * a {@link LossMapParameters} grid. Points outside the grid take the value at the nearest grid edge (clamped),
 * so the map never extrapolates. Immutable and thread-safe.
 */
public final class MachineLossMap {
    private final BilinearInterpolatingFunction function;
    private final double maxSpeed;
    private final double maxTorque;
    private final double minSpeed;
    private final double minTorque;

    public MachineLossMap(LossMapParameters parameters) {
        double[] speeds = parameters.speeds();
        double[] torques = parameters.torques();
        this.function = new BilinearInterpolator().interpolate(speeds, torques, parameters.losses());
        this.minSpeed = speeds[0];
        this.maxSpeed = speeds[speeds.length - 1];
        this.minTorque = torques[0];
        this.maxTorque = torques[torques.length - 1];
    }

    /** Loss [W] at shaft speed [rad/s] and torque [N.m], either sign. */
    public double loss(double speed, double torque) {
        double w = Math.max(minSpeed, Math.min(maxSpeed, Math.abs(speed)));
        double t = Math.max(minTorque, Math.min(maxTorque, Math.abs(torque)));
        return function.value(w, t);
    }
}
