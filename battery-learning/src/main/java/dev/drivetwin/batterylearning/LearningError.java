package dev.drivetwin.batterylearning;

/** Kinds of failure in training and evaluation, each with its message pattern ({0}, {1}... are the values). */
public enum LearningError {
    DATA_MISSING("{0} is missing: the NASA PCoE data are expected there (see ../shared/data/nasa-pcoe/README.md;"
            + " -Dnasa.data.dir=... or --data to point elsewhere)"),
    BAD_DATA("{0} line {1}: {2}"),
    BAD_SPLIT("{0}"),
    BAD_SETTINGS("hidden widths {0} (each at least 1), epochs {1} (at least 1), learning rate {2} (positive),"
            + " weight decay {3} (not negative), ensemble size {4} (at least 1): one of them is out of range"),
    IO("{0}: {1}");

    private final String pattern;

    LearningError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
