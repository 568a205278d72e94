package dev.drivetwin.drivetrain;

/** Kinds of failure when coupling the model libraries, each with its message pattern ({0}, {1}... the values). */
public enum DrivetrainError {
    /** A parameter that must be strictly positive (and not NaN) is not: owner, field, value. */
    NOT_POSITIVE("{0}: {1} must be positive, got {2}"),
    /** A parameter lies outside its documented range: owner, field, value, range. */
    OUT_OF_RANGE("{0}: {1} = {2} is outside {3}"),
    /** The step does not divide the cycle into whole steps: step, duration. */
    STEP_NOT_DIVIDING("step {0} s does not divide the cycle duration {1} s into whole steps"),
    /** The coupling iteration of one step did not settle: time, iterations, last change, what changed. */
    NOT_CONVERGED("t = {0} s: the motor-speed / DC-voltage iteration did not converge in {1} iterations"
            + " (last change {2} in {3})"),
    /** A preset pair name that is not known: name, known names. */
    UNKNOWN_PAIR("unknown preset pair ''{0}''; known pairs: {1}");

    private final String pattern;

    DrivetrainError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
