package dev.drivetwin.cosimmaster;

/**
 * Kinds of failure in the co-simulation master, each with its message pattern ({0}, {1}... are the values, passed
 * as text so that numbers keep every digit). Every pattern starts with the file it concerns.
 */
public enum MasterError {
    BAD_FMU("{0}: {1}"),
    UNKNOWN_VARIABLE("{0}: no variable ''{1}''; it has {2}"),
    BAD_VALUE("{0}: variable ''{1}'' of type {2} cannot take the value ''{3}''"),
    FMI_CALL("{0}: instance ''{1}'': {2} returned {3}{4}"),
    BAD_EXPERIMENT("{0}: {1}"),
    IO("{0}: {1}"),
    CHILD_START("{0}: instance ''{1}'': cannot start its child process: {2}{3}"),
    CHILD_CRASHED("{0}: instance ''{1}'': its child process ended during {2}{3} ({4}){5}"),
    CHILD_GONE("{0}: instance ''{1}'': cannot call {2}: its child process already failed{3}"),
    CHILD_HUNG("{0}: instance ''{1}'': {2}{3} did not answer within {4} s, so its child process was destroyed{5}"),
    COMPONENT_FAILED("component ''{0}'' failed at t = {1} s: {2}"),
    BAD_SYSTEM("{0}: {1}"),
    STATE_NOT_SUPPORTED("{0}: the {1} algorithm rejects steps by restoring FMU state, but {2} cannot get and set"
            + " its state (canGetAndSetFMUstate); use jacobi or gauss-seidel"),
    ALGEBRAIC_LOOP_DIVERGED("{0}: the algebraic loop {1} did not converge in {2} fixed-point iterations at"
            + " initialization (last change {3})"),
    BAD_SSP("{0} line {1}: {2}: {3}"),
    STEP_TOO_SMALL("{0}: at t = {1} s the error estimate {2} still exceeds the tolerance at the minimum step {3} s");

    private final String pattern;

    MasterError(String pattern) {
        this.pattern = pattern;
    }

    String format(Object... arguments) {
        return java.text.MessageFormat.format(pattern, arguments);
    }
}
