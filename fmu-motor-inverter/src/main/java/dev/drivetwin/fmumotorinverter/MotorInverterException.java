package dev.drivetwin.fmumotorinverter;

/** The one unchecked exception of the motor and inverter module; {@link #error()} says which kind it is. */
public class MotorInverterException extends RuntimeException {
    private final MotorInverterError error;

    public MotorInverterException(MotorInverterError error, Object... arguments) {
        super(error.format(arguments));
        this.error = error;
    }

    public MotorInverterException(Throwable cause, MotorInverterError error, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = error;
    }

    public MotorInverterError error() {
        return error;
    }

    /** Throws NOT_POSITIVE naming {@code field} unless {@code value > 0} (NaN fails). */
    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new MotorInverterException(MotorInverterError.NOT_POSITIVE, field, value);
        }
        return value;
    }

    /** Throws NEGATIVE naming {@code field} unless {@code value >= 0} and finite (NaN fails). */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new MotorInverterException(MotorInverterError.NEGATIVE, field, value);
        }
        return value;
    }

    /** Throws OUT_OF_RANGE naming {@code field} unless {@code low <= value <= high} (NaN fails). */
    public static double within(String field, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new MotorInverterException(MotorInverterError.OUT_OF_RANGE, field, "[" + low + ", " + high + "]",
                    value);
        }
        return value;
    }

    /** Throws MISSING naming {@code field} when {@code value} is null or blank. */
    public static <T> T present(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new MotorInverterException(MotorInverterError.MISSING, field);
        }
        return value;
    }
}
