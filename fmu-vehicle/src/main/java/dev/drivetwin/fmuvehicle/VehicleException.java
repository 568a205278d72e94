package dev.drivetwin.fmuvehicle;

/** The one unchecked exception of the vehicle module; {@link #error()} says which kind of failure it is. */
public class VehicleException extends RuntimeException {
    private final VehicleError error;

    public VehicleException(VehicleError error, Object... arguments) {
        super(error.format(plain(arguments)));
        this.error = error;
    }

    public VehicleException(Throwable cause, VehicleError error, Object... arguments) {
        super(error.format(plain(arguments)), cause);
        this.error = error;
    }

    public VehicleError error() {
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
