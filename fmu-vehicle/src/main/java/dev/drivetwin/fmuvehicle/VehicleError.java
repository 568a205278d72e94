package dev.drivetwin.fmuvehicle;

/** Kinds of failure in the vehicle module, each with its message pattern ({0}, {1}... are the values). */
public enum VehicleError {
    /** A parameter that must be strictly positive (and not NaN) is not. */
    NOT_POSITIVE("{0}: {1} must be positive, got {2}"),
    /** A parameter lies outside its documented range. */
    OUT_OF_RANGE("{0}: {1} = {2} is outside {3}"),
    /** A text field (name, source) is missing or blank. */
    BLANK("{0}: {1} must not be blank"),
    /** A value in a data file cannot be used: file, line, field, reason. */
    MALFORMED_FILE("{0} line {1}: field ''{2}'': {3}"),
    /** A data file lacks a required column or field: file, line, field, accepted names. */
    MISSING_FIELD("{0} line {1}: missing field ''{2}'' (accepted names: {3})"),
    /** A data file as a whole cannot be used: file, reason. */
    BAD_FILE("{0}: {1}"),
    /** A vehicle preset name that has no file. */
    UNKNOWN_PRESET("vehicle preset ''{0}'': neither a preset file nor a built-in preset; built-in: {1}"),
    /** A drive cycle name that has no file. */
    UNKNOWN_CYCLE("unknown drive cycle ''{0}''; known cycles: {1}"),
    /** Reading a file failed: file, reason. */
    IO("{0}: {1}");

    private final String pattern;

    VehicleError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
