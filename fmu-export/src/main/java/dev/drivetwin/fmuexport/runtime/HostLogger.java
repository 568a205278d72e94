package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import java.util.EnumSet;
import java.util.Set;

/**
 * A {@link SlaveLogger} that applies the host's fmi2Instantiate(loggingOn) and fmi2SetDebugLogging choices and
 * hands what passes to a sink (the JNI callback or the out-of-process pipe). Messages about a returned status
 * (warning, discard, error, fatal) always pass, so a failure is never silent; the informational categories pass
 * only when switched on.
 */
public abstract class HostLogger implements SlaveLogger {
    private static final Set<LogCategory> ALWAYS = EnumSet.of(LogCategory.LOG_STATUS_WARNING,
            LogCategory.LOG_STATUS_DISCARD, LogCategory.LOG_STATUS_ERROR, LogCategory.LOG_STATUS_FATAL);

    private final Set<LogCategory> enabled = EnumSet.copyOf(ALWAYS);

    protected HostLogger(boolean loggingOn) {
        if (loggingOn) {
            enabled.addAll(EnumSet.allOf(LogCategory.class));
        }
    }

    /** Passes one message to the host. */
    protected abstract void send(int status, String category, String message);

    @Override
    public final void log(LogCategory category, String message) {
        if (enabled.contains(category)) {
            send(category.status(), category.fmiName(), message);
        }
    }

    @Override
    public final boolean isEnabled(LogCategory category) {
        return enabled.contains(category);
    }

    /**
     * fmi2SetDebugLogging: with no categories, switches every informational category on or off; otherwise only
     * the named ones. An unknown name is refused with fmi2Error, naming the known ones.
     */
    public int setDebugLogging(boolean loggingOn, String[] categories) {
        Set<LogCategory> chosen = EnumSet.noneOf(LogCategory.class);
        for (String name : categories) {
            LogCategory category = byName(name);
            if (category == null) {
                log(LogCategory.LOG_STATUS_ERROR, "fmi2SetDebugLogging: unknown log category '" + name
                        + "'; this FMU declares " + java.util.Arrays.stream(LogCategory.values())
                        .map(LogCategory::fmiName).toList());
                return FmiStatus.ERROR;
            }
            chosen.add(category);
        }
        if (chosen.isEmpty()) {
            chosen = EnumSet.allOf(LogCategory.class);
        }
        if (loggingOn) {
            enabled.addAll(chosen);
        } else {
            enabled.removeAll(chosen);
            enabled.addAll(ALWAYS);
        }
        return FmiStatus.OK;
    }

    private static LogCategory byName(String name) {
        for (LogCategory category : LogCategory.values()) {
            if (category.fmiName().equals(name)) {
                return category;
            }
        }
        return null;
    }
}
