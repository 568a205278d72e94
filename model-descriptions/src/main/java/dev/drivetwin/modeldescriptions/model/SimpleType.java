package dev.drivetwin.modeldescriptions.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code <SimpleType>} of TypeDefinitions.
 *
 * @param name type name, referenced by {@link VariableType#declaredType()}
 * @param description free text, or {@code null}
 * @param type the attributes of the Real/Integer/Boolean/String/Enumeration child; its declaredType is {@code null}
 * @param items the items of an Enumeration, empty for other base types; {@code null} is taken as empty
 */
public record SimpleType(String name, String description, VariableType type, List<EnumerationItem> items) {
    public SimpleType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * A SimpleType without enumeration items.
     *
     * @param name type name
     * @param description free text, or {@code null}
     * @param type the type attributes
     */
    public SimpleType(String name, String description, VariableType type) {
        this(name, description, type, List.of());
    }
}
