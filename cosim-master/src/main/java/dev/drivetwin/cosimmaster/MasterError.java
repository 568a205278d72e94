package dev.drivetwin.cosimmaster;

/**
 * Kinds of failure in the co-simulation master, each with its message pattern ({0}, {1}... are the values, passed
 * as text so that numbers keep every digit). Every pattern starts with the file it concerns.
 */
public enum MasterError {
    BAD_FMU("{0}: {1}"),
    UNKNOWN_VARIABLE("{0}: no variable ''{1}''; it has {2}"),
    BAD_VALUE("{0}: variable ''{1}'' of type {2} cannot take the value ''{3}''"),
    FMI_CALL("{0}: {1} returned {2}{3}"),
    BAD_EXPERIMENT("{0}: {1}"),
    IO("{0}: {1}");

    private final String pattern;

    MasterError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
