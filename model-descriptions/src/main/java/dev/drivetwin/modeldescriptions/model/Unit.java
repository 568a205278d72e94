package dev.drivetwin.modeldescriptions.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code <Unit>} of UnitDefinitions.
 *
 * @param name unit name referenced by {@link RealType#unit()}, e.g. "V"
 * @param baseUnit the SI base unit, {@code null} when the element is absent
 * @param displayUnits display units, possibly empty; {@code null} is taken as empty
 */
public record Unit(String name, BaseUnit baseUnit, List<DisplayUnit> displayUnits) {
    public Unit {
        Objects.requireNonNull(name, "name");
        displayUnits = displayUnits == null ? List.of() : List.copyOf(displayUnits);
    }
}
