package dev.drivetwin.modeldescriptions.model;

import java.util.Objects;

/**
 * A {@code <Category>} of LogCategories.
 *
 * @param name category name passed to fmi2SetDebugLogging, e.g. "logStatusError"
 * @param description free text, or {@code null}
 */
public record LogCategory(String name, String description) {
    public LogCategory {
        Objects.requireNonNull(name, "name");
    }
}
