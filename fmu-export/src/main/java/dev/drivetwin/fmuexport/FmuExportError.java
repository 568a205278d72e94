package dev.drivetwin.fmuexport;

/** Kinds of failure in the FMI export layer, each with its message pattern ({0}, {1}... are the values). */
public enum FmuExportError {
    BAD_DECLARATION("variable ''{0}'': {1}"),
    DUPLICATE_VARIABLE("variable ''{0}'' is declared twice"),
    UNKNOWN_UNIT("variable ''{0}'': unit ''{1}'' is not in the unit catalog; known units: {2}"),
    BAD_SLAVE_CLASS("slave class ''{0}'': {1}"),
    BAD_STATE("FMU state of {0} bytes cannot be restored: {1}"),
    PACKAGING("packaging {0}: {1}"),
    IO("{0}: {1}");

    private final String pattern;

    FmuExportError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
