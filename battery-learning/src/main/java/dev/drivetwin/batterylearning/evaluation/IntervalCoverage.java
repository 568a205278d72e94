package dev.drivetwin.batterylearning.evaluation;

/**
 * How well a 1-σ uncertainty describes the errors on some cycles. For a calibrated normal error, 68.3 % of the
 * measured capacities fall within ±σ of the estimate and 95.4 % within ±2σ.
 *
 * @param withinOneSigma share of cycles with |C_measured - C_model| ≤ σ [1]
 * @param withinTwoSigma share of cycles with |C_measured - C_model| ≤ 2σ [1]
 * @param meanSigma mean σ over the cycles [C]
 * @param negativeLogLikelihood mean over the cycles of -ln N(C_measured; C_model, σ²), with capacities in Ah so
 *        that the figure does not depend on the unit of charge in code (lower is better) [1]
 */
public record IntervalCoverage(double withinOneSigma, double withinTwoSigma, double meanSigma,
        double negativeLogLikelihood) {
    private static final double AH = 3600;

    /** All arrays over the same cycles, in coulombs [C]; σ must be positive for the likelihood to be finite. */
    public static IntervalCoverage of(double[] measured, double[] predicted, double[] sigma) {
        int n = measured.length;
        int one = 0;
        int two = 0;
        double sigmaSum = 0;
        double nll = 0;
        for (int k = 0; k < n; k++) {
            double error = Math.abs(measured[k] - predicted[k]);
            one += error <= sigma[k] ? 1 : 0;
            two += error <= 2 * sigma[k] ? 1 : 0;
            sigmaSum += sigma[k];
            double z = error / sigma[k];
            nll += 0.5 * Math.log(2 * Math.PI) + Math.log(sigma[k] / AH) + 0.5 * z * z;
        }
        return new IntervalCoverage((double) one / n, (double) two / n, sigmaSum / n, nll / n);
    }
}
