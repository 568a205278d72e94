package dev.drivetwin.modeldescriptions.model;

import java.util.Objects;

/**
 * A display unit of a Unit: {@code value_display = factor * value_unit + offset}.
 *
 * @param name display unit name, e.g. "degC"
 * @param factor factor from the unit [display per unit], 1 when absent in the XML
 * @param offset offset [display unit], 0 when absent in the XML
 */
public record DisplayUnit(String name, double factor, double offset) {
    public DisplayUnit {
        Objects.requireNonNull(name, "name");
    }
}
