package dev.drivetwin.batterylearning;

/** Kinds of failure in training and evaluation, each with its message pattern ({0}, {1}... are the values). */
public enum LearningError {
    DATA_MISSING("{0} is missing: the NASA PCoE data are expected there (see ../shared/data/nasa-pcoe/README.md;"
            + " -Dnasa.data.dir=... or --data to point elsewhere)"),
    BAD_DATA("{0} line {1}: {2}"),
    BAD_SPLIT("{0}"),
    IO("{0}: {1}");

    private final String pattern;

    LearningError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
