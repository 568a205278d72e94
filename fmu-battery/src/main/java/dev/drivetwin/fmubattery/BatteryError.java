package dev.drivetwin.fmubattery;

/** Kinds of failure in the battery model, each with its message pattern ({0}, {1}... are the values). */
public enum BatteryError {
    NOT_POSITIVE("{0} = {1}: must be positive"),
    NEGATIVE("{0} = {1}: must not be negative"),
    OUT_OF_RANGE("{0} = {1}: must lie in {2}"),
    SPREAD_OUT_OF_RANGE("{0} = {1}: a relative standard deviation must lie in [0, {2}], so that cell factors"
            + " 1 + σ·z, z truncated at ±{3}, stay positive"),
    BLANK("{0}: must not be blank"),
    BAD_AXIS("{0}: {1}"),
    BAD_TABLE("{0}: {1}"),
    POWER_NOT_DELIVERABLE("power demand {0} W per cell cannot be delivered: the most the cell gives now is {1} W"
            + " (open-circuit voltage minus polarisation {2} V, R0 {3} Ohm)"),
    INTEGRATION_FAILED("step from t = {0} s to {1} s: {2}"),
    UNKNOWN_PRESET("preset ''{0}'': neither a preset file nor a built-in preset; built-in: {1}"),
    BAD_PRESET("preset {0}: {1}"),
    BAD_RESIDUAL_MODEL("residual capacity model {0}: {1}"),
    UNKNOWN_RESIDUAL_MODEL("residual capacity model ''{0}'': neither a file nor a built-in model; built-in: {1}"),
    IO("{0}: {1}");

    private final String pattern;

    BatteryError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
