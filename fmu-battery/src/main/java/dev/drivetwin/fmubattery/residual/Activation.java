package dev.drivetwin.fmubattery.residual;

/** Element-wise activation of a {@link DenseLayer}. */
public enum Activation {
    /**
     * Hyperbolic tangent, written as 1 - 2/(e^(2x) + 1): HotSpot compiles Math.exp to an intrinsic but Math.tanh
     * to the slower fdlibm port, and the identity loses at most a few 1e-16 (absolute) against the exact tanh.
     */
    TANH {
        @Override
        public double apply(double x) {
            return 1 - 2 / (Math.exp(2 * x) + 1);
        }
    },
    /** The identity, for the output layer. */
    IDENTITY {
        @Override
        public double apply(double x) {
            return x;
        }
    };

    public abstract double apply(double x);
}
