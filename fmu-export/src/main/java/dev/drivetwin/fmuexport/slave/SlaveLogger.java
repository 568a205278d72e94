package dev.drivetwin.fmuexport.slave;

/**
 * Forwards messages to the host's fmi2CallbackLogger. Categories are those of {@link LogCategory}; messages of
 * a category the host did not enable (fmi2SetDebugLogging) are dropped before they cross to native code.
 * Thread safety: as the slave itself, one call at a time per instance.
 */
public interface SlaveLogger {

    void log(LogCategory category, String message);

    /** Whether messages of this category reach the host; lets callers skip building expensive messages. */
    boolean isEnabled(LogCategory category);

    /** A logger that drops everything, for running a slave outside an FMU (tests, the packager). */
    SlaveLogger DISCARD = new SlaveLogger() {
        @Override
        public void log(LogCategory category, String message) {
        }

        @Override
        public boolean isEnabled(LogCategory category) {
            return false;
        }
    };
}
