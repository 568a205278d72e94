package dev.drivetwin.cosimmaster.system;

/**
 * {@code target = factor * source + offset}, as ssc:LinearTransformation. Applied to the source value in the source
 * connector's unit, before any unit conversion (so a factor of 2 doubles the quantity whatever the units).
 */
public record LinearTransformation(double factor, double offset) {
    /** Passes the value through unchanged. */
    public static final LinearTransformation IDENTITY = new LinearTransformation(1, 0);

    public LinearTransformation {
        if (!Double.isFinite(factor) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("linear transformation factor " + factor + " and offset " + offset
                    + " must be finite");
        }
    }

    public double apply(double value) {
        return factor * value + offset;
    }
}
