package dev.drivetwin.fmuexport.slave;

/**
 * The log categories every drivetwin FMU declares, named as the FMI 2.0 standard suggests (section 2.2.4), with
 * the fmi2Status each message is reported under.
 */
public enum LogCategory {
    LOG_EVENTS("logEvents", "Informational messages about the simulation's progress", 0),
    LOG_STATUS_WARNING("logStatusWarning", "Calls that return fmi2Warning", 1),
    LOG_STATUS_DISCARD("logStatusDiscard", "Calls that return fmi2Discard", 2),
    LOG_STATUS_ERROR("logStatusError", "Calls that return fmi2Error", 3),
    LOG_STATUS_FATAL("logStatusFatal", "Calls that return fmi2Fatal", 4),
    LOG_ALL("logAll", "Every call and its arguments (verbose)", 0);

    private final String fmiName;
    private final String description;
    private final int status;

    LogCategory(String fmiName, String description, int status) {
        this.fmiName = fmiName;
        this.description = description;
        this.status = status;
    }

    /** The category name in modelDescription.xml and in fmi2SetDebugLogging. */
    public String fmiName() {
        return fmiName;
    }

    public String description() {
        return description;
    }

    /** The fmi2Status code (0 OK .. 4 Fatal) passed to the host's logger with messages of this category. */
    public int status() {
        return status;
    }
}
