package dev.drivetwin.fmubattery;

/** The one unchecked exception of the battery model; {@link #error()} says which kind of failure it is. */
public class BatteryException extends RuntimeException {
    private final BatteryError error;

    public BatteryException(BatteryError error, Object... arguments) {
        super(error.format(arguments));
        this.error = error;
    }

    public BatteryException(Throwable cause, BatteryError error, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = error;
    }

    public BatteryError error() {
        return error;
    }

    /** Throws NOT_POSITIVE unless {@code value > 0} (NaN fails too). */
    public static void requirePositive(String field, double value) {
        if (!(value > 0)) {
            throw new BatteryException(BatteryError.NOT_POSITIVE, field, value);
        }
    }

    /** Throws NEGATIVE unless {@code value >= 0} (NaN fails too). */
    public static void requireNonNegative(String field, double value) {
        if (!(value >= 0)) {
            throw new BatteryException(BatteryError.NEGATIVE, field, value);
        }
    }

    /** Throws OUT_OF_RANGE unless {@code low <= value <= high} (NaN fails too). */
    public static void requireWithin(String field, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, field, value, "[" + low + ", " + high + "]");
        }
    }

    public static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BatteryException(BatteryError.BLANK, field);
        }
    }
}
