package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * Feature scaling learned from the training set: x' = (x - mean)/scale, per feature. Arrays are copied in and out.
 *
 * @param mean per feature, in the feature's unit
 * @param scale per feature, positive (the training standard deviation, or 1 for a feature that was constant)
 */
public record Standardisation(double[] mean, double[] scale) {
    public Standardisation {
        if (mean == null || scale == null || mean.length != scale.length) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "standardisation",
                    "mean and scale must have one entry per feature");
        }
        for (int k = 0; k < scale.length; k++) {
            BatteryException.requirePositive("scale[" + k + "]", scale[k]);
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Mean and standard deviation of each column of {@code rows}; a constant column gets scale 1. */
    public static Standardisation of(double[][] rows) {
        int n = rows[0].length;
        double[] mean = new double[n];
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (double[] row : rows) {
                sum += row[j];
            }
            mean[j] = sum / rows.length;
            double squares = 0;
            for (double[] row : rows) {
                squares += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            double deviation = Math.sqrt(squares / rows.length);
            scale[j] = deviation > 1e-12 * Math.max(1, Math.abs(mean[j])) ? deviation : 1;
        }
        return new Standardisation(mean, scale);
    }

    public int size() {
        return mean.length;
    }

    /** Writes the scaled {@code features} into {@code scaled}. */
    public void apply(double[] features, double[] scaled) {
        for (int k = 0; k < mean.length; k++) {
            scaled[k] = (features[k] - mean[k]) / scale[k];
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }
}
