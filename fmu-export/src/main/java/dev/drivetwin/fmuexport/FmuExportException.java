package dev.drivetwin.fmuexport;

/** The one unchecked exception of the FMI export layer; {@link #error()} says which kind of failure it is. */
public class FmuExportException extends RuntimeException {
    private final FmuExportError error;

    public FmuExportException(FmuExportError error, Object... arguments) {
        super(error.format(arguments));
        this.error = error;
    }

    public FmuExportException(Throwable cause, FmuExportError error, Object... arguments) {
        super(error.format(arguments), cause);
        this.error = error;
    }

    public FmuExportError error() {
        return error;
    }
}
