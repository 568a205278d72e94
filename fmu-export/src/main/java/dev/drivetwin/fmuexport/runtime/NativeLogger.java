package dev.drivetwin.fmuexport.runtime;

/**
 * Sends slave messages to the host's fmi2CallbackLogger through the native shim, which registers
 * {@link #log} for the copy of this class in each instance's class loader.
 */
final class NativeLogger extends HostLogger {
    private final long nativeInstance;

    NativeLogger(long nativeInstance, boolean loggingOn) {
        super(loggingOn);
        this.nativeInstance = nativeInstance;
    }

    @Override
    protected void send(int status, String category, String message) {
        log(nativeInstance, status, category, message);
    }

    /** Implemented in fmu-export/src/main/c (jvm_backend.c): calls the host's logger for that instance. */
    private static native void log(long nativeInstance, int status, String category, String message);
}
