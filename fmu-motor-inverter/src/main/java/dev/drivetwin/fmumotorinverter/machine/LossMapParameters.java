package dev.drivetwin.fmumotorinverter.machine;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/**
 * A measured machine loss map on a rectangular grid: loss [W] at each (speed [rad/s], torque [N.m]). Speeds and
 * torques are magnitudes, strictly increasing from 0; the map is taken as symmetric in the sign of speed and
 * torque (motoring and regeneration lose the same), which is how most published maps are given. Arrays are
 * copied in and out.
 *
 * @param speeds grid speeds [rad/s]
 * @param torques grid torques [N.m]
 * @param losses losses[i][j] at speeds[i], torques[j] [W]
 */
public record LossMapParameters(double[] speeds, double[] torques, double[][] losses) {

    public LossMapParameters {
        speeds = axis("lossMap.speeds", speeds);
        torques = axis("lossMap.torques", torques);
        MotorInverterException.present("lossMap.losses", losses);
        if (losses.length != speeds.length) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, "lossMap.losses",
                    losses.length + " rows for " + speeds.length + " speeds");
        }
        double[][] copy = new double[losses.length][];
        for (int i = 0; i < losses.length; i++) {
            if (losses[i] == null || losses[i].length != torques.length) {
                throw new MotorInverterException(MotorInverterError.INCONSISTENT, "lossMap.losses[" + i + "]",
                        "needs " + torques.length + " values, one per torque");
            }
            copy[i] = losses[i].clone();
            for (int j = 0; j < torques.length; j++) {
                MotorInverterException.nonNegative("lossMap.losses[" + i + "][" + j + "]", copy[i][j]);
            }
        }
        losses = copy;
    }

    private static double[] axis(String field, double[] values) {
        MotorInverterException.present(field, values);
        if (values.length < 2) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, field, "needs at least 2 values");
        }
        double[] copy = values.clone();
        MotorInverterException.nonNegative(field + "[0]", copy[0]);
        for (int i = 1; i < copy.length; i++) {
            if (!(copy[i] > copy[i - 1]) || Double.isInfinite(copy[i])) {
                throw new MotorInverterException(MotorInverterError.INCONSISTENT, field + "[" + i + "]",
                        "must be finite and above " + field + "[" + (i - 1) + "] = " + copy[i - 1] + ", was " + copy[i]);
            }
        }
        return copy;
    }

    @Override
    public double[] speeds() {
        return speeds.clone();
    }

    @Override
    public double[] torques() {
        return torques.clone();
    }

    @Override
    public double[][] losses() {
        double[][] copy = new double[losses.length][];
        for (int i = 0; i < losses.length; i++) {
            copy[i] = losses[i].clone();
        }
        return copy;
    }
}
