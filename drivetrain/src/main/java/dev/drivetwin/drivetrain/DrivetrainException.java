package dev.drivetwin.drivetrain;

/** The one unchecked exception of the drivetrain module; {@link #error()} says which kind of failure it is. */
public class DrivetrainException extends RuntimeException {
    private final DrivetrainError error;

    public DrivetrainException(DrivetrainError error, Object... arguments) {
        super(error.format(plain(arguments)));
        this.error = error;
    }

    public DrivetrainError error() {
        return error;
    }

    /** Numbers as Java prints them (MessageFormat would group digits and round to three decimals). */
    private static Object[] plain(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number) {
                out[i] = String.valueOf(out[i]);
            }
        }
        return out;
    }
}
