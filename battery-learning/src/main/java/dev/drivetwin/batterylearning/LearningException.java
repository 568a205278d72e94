package dev.drivetwin.batterylearning;

/** The one unchecked exception of battery-learning; {@link #error()} says which kind of failure it is. */
public class LearningException extends RuntimeException {
    private final LearningError error;

    public LearningException(LearningError error, Object... arguments) {
        super(error.format(arguments));
        this.error = error;
    }

    public LearningException(Throwable cause, LearningError error, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = error;
    }

    public LearningError error() {
        return error;
    }
}
