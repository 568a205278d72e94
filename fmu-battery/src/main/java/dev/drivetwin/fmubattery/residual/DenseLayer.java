package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * One dense layer y = f(W·x + b). Immutable; arrays are copied in and out.
 *
 * @param weights W, one row per output (outputs × inputs)
 * @param bias b, one per output
 * @param activation f
 */
public record DenseLayer(double[][] weights, double[] bias, Activation activation) {
    public DenseLayer {
        if (weights == null || weights.length == 0 || weights[0] == null || weights[0].length == 0) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "layer", "weights must not be empty");
        }
        if (bias == null || bias.length != weights.length) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "layer", "bias has "
                    + (bias == null ? "no" : bias.length) + " entries for " + weights.length + " outputs");
        }
        if (activation == null) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "layer", "activation missing");
        }
        weights = copy(weights);
        bias = bias.clone();
    }

    public int inputs() {
        return weights[0].length;
    }

    public int outputs() {
        return weights.length;
    }

    @Override
    public double[][] weights() {
        return copy(weights);
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length != rows[0].length) {
                throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "layer", "weight row " + r
                        + " does not have " + rows[0].length + " entries");
            }
            copy[r] = rows[r].clone();
        }
        return copy;
    }
}
