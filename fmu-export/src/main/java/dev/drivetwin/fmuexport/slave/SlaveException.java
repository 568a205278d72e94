package dev.drivetwin.fmuexport.slave;

/**
 * Thrown by a slave when a step cannot be computed from the given inputs but the instance stays usable; the
 * runtime reports it as fmi2Discard so the host may retry with a smaller step or other inputs.
 */
public class SlaveException extends RuntimeException {
    public SlaveException(String message) {
        super(message);
    }
}
