package dev.drivetwin.modeldescriptions.model;

import java.util.Objects;

/**
 * One {@code <Item>} of an Enumeration SimpleType.
 *
 * @param name item name
 * @param value item value, as seen through fmi2GetInteger
 * @param description free text, or {@code null}
 */
public record EnumerationItem(String name, int value, String description) {
    public EnumerationItem {
        Objects.requireNonNull(name, "name");
    }
}
