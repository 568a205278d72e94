package dev.drivetwin.cosimmaster;

/** The one unchecked exception of the co-simulation master; {@link #error()} says which kind of failure it is. */
public class MasterException extends RuntimeException {
    private final MasterError error;

    public MasterException(MasterError error, Object... arguments) {
        super(error.format(arguments));
        this.error = error;
    }

    public MasterException(Throwable cause, MasterError error, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = error;
    }

    /**
     * An exception already formatted elsewhere, such as in an FMU's child process, keeping its kind; the argument
     * order differs from the formatting constructors on purpose, so that neither can be picked by mistake.
     */
    public MasterException(String message, MasterError error) {
        super(message);
        this.error = error;
    }

    public MasterError error() {
        return error;
    }
}
