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

    public MasterError error() {
        return error;
    }
}
