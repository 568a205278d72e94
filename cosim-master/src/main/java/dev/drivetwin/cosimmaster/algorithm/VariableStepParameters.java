package dev.drivetwin.cosimmaster.algorithm;

/**
 * Step-size control of {@link VariableStepAlgorithm}. A step is accepted when, for every coupling signal,
 * {@code |y_h - y_h/2| <= absoluteTolerance + relativeTolerance * |y_h/2|}. Steps [s]; tolerances in each signal's
 * own unit (absolute) and [1] (relative).
 */
public record VariableStepParameters(double initialStep, double minStep, double maxStep, double relativeTolerance,
        double absoluteTolerance) {

    /** @throws IllegalArgumentException naming the value when the steps are not 0 < min <= initial <= max */
    public VariableStepParameters {
        if (!(minStep > 0) || !(initialStep >= minStep) || !(maxStep >= initialStep) || !Double.isFinite(maxStep)) {
            throw new IllegalArgumentException("steps must satisfy 0 < min " + minStep + " <= initial " + initialStep
                    + " <= max " + maxStep + " s");
        }
        if (!(relativeTolerance >= 0) || !(absoluteTolerance >= 0) || relativeTolerance + absoluteTolerance == 0) {
            throw new IllegalArgumentException("tolerances must be non-negative and not both zero, were relative "
                    + relativeTolerance + " and absolute " + absoluteTolerance);
        }
    }

    /** Starting at {@code initialStep}, free to grow 1000-fold and shrink a million-fold. */
    public static VariableStepParameters around(double initialStep, double relativeTolerance,
            double absoluteTolerance) {
        return new VariableStepParameters(initialStep, initialStep * 1e-6, initialStep * 1e3, relativeTolerance,
                absoluteTolerance);
    }
}
