package dev.drivetwin.fmuexport.runtime;

/** The fmi2Status codes, in the standard's numbering, that the runtime hands back to the native shim. */
public final class FmiStatus {
    /** All well. */
    public static final int OK = 0;
    /** Something is not quite right, but the result can be used. */
    public static final int WARNING = 1;
    /** The step or value was refused; the instance stays usable and the host may retry. */
    public static final int DISCARD = 2;
    /** The call failed; the instance may only be reset or freed. */
    public static final int ERROR = 3;
    /** The instance is unusable; the host may only free it. */
    public static final int FATAL = 4;

    private FmiStatus() {
    }
}
