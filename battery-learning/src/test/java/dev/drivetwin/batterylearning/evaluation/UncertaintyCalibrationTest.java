package dev.drivetwin.batterylearning.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** σ scaling on synthetic residuals whose true scale is known, and the coverage it then gives. */
class UncertaintyCalibrationTest {
    @Test
    void recoversAKnownScaleFromResidualsDrawnWithIt() {
        // r_k = s·u_k·z_k, z_k ~ N(0, 1), spreads u_k varying over two decades: the estimate sqrt(mean z²)·s has
        // a relative standard deviation of about 1/sqrt(2n) = 0.0035 for n = 40000, so 2 % is over 5 of them
        int n = 40000;
        double trueScale = 6.0;
        Random random = new Random(11);
        double[] residuals = new double[n];
        double[] spreads = new double[n];
        for (int k = 0; k < n; k++) {
            spreads[k] = 3.6 * Math.pow(10, 2 * random.nextDouble());
            residuals[k] = trueScale * spreads[k] * random.nextGaussian();
        }
        double scale = UncertaintyCalibration.scale(residuals, spreads);
        assertEquals(trueScale, scale, 0.02 * trueScale);

        // with σ = scale·u the residuals are standard normal: 68.3 % within ±1σ, 95.4 % within ±2σ; the binomial
        // standard deviation of a share is sqrt(p(1-p)/n) ≤ 0.0025, so 0.015 allows for it and the scale's error
        double[] sigma = new double[n];
        for (int k = 0; k < n; k++) {
            sigma[k] = scale * spreads[k];
        }
        IntervalCoverage c = IntervalCoverage.of(residuals, new double[n], sigma);
        assertEquals(0.683, c.withinOneSigma(), 0.015);
        assertEquals(0.954, c.withinTwoSigma(), 0.015);
    }

    @Test
    void exactCaseAndCyclesWithoutSpread() {
        // |r| = 2u on every cycle with spread: mean(r²/u²) = 4, scale exactly 2; the cycle with u = 0 is left out
        double[] residuals = {2, -4, 6, 100};
        double[] spreads = {1, 2, 3, 0};
        assertEquals(2, UncertaintyCalibration.scale(residuals, spreads), 1e-15);
        assertEquals(1, UncertaintyCalibration.scale(new double[] {5}, new double[] {0}), 0,
                "no spread, nothing to scale: a one-member ensemble keeps factor 1");
    }

    @Test
    void negativeLogLikelihoodOfAUnitNormalInAmpereHours() {
        // one cycle, error 0 and σ = 1 Ah: -ln N(0; 0, 1) = ln sqrt(2π)
        IntervalCoverage c = IntervalCoverage.of(new double[] {3600}, new double[] {3600}, new double[] {3600});
        assertEquals(0.5 * Math.log(2 * Math.PI), c.negativeLogLikelihood(), 1e-15);
        assertEquals(1, c.withinOneSigma(), 0);
    }
}
