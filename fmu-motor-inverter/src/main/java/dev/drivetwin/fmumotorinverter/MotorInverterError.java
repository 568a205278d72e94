package dev.drivetwin.fmumotorinverter;

import java.text.MessageFormat;

/** Kinds of failure of the motor and inverter models, each with its message pattern ({0}, {1}... are the values). */
public enum MotorInverterError {
    NOT_POSITIVE("{0} must be positive, was {1}"),
    NEGATIVE("{0} must not be negative, was {1}"),
    NOT_FINITE("{0} must be finite, was {1}"),
    OUT_OF_RANGE("{0} must lie in {1}, was {2}"),
    MISSING("{0} is missing"),
    INCONSISTENT("{0}: {1}"),
    UNKNOWN_PRESET("preset ''{0}'': neither a preset file nor a built-in preset; built-in: {1}"),
    BAD_FILE("{0}: {1}"),
    BAD_INPUT("input {0} = {1}: {2}"),
    INTEGRATION_FAILED("{0}: integration over a step of {1} s failed: {2}");

    private final String pattern;

    MotorInverterError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
