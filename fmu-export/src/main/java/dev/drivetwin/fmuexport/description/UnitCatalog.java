package dev.drivetwin.fmuexport.description;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.Unit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SI units drivetwin FMUs use, with their SI base-unit exponents (BIPM, "The International System of
 * Units", 9th edition, 2019, tables 2 and 4) and the display units engineers expect. Display units follow FMI
 * 2.0 section 2.2.2: shown value = factor * value + offset, e.g. degC = K - 273.15. Immutable, thread-safe.
 */
public final class UnitCatalog {
    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        //   name      kg  m   s   A   K  display units
        add("1", 0, 0, 0, 0, 0);
        add("s", 0, 0, 1, 0, 0, display("min", 1.0 / 60, 0), display("h", 1.0 / 3600, 0));
        add("1/s", 0, 0, -1, 0, 0);
        add("Hz", 0, 0, -1, 0, 0);
        add("m", 0, 1, 0, 0, 0, display("km", 1e-3, 0), display("mm", 1e3, 0));
        add("m/s", 0, 1, -1, 0, 0, display("km/h", 3.6, 0));
        add("m/s2", 0, 1, -2, 0, 0);
        add("kg", 1, 0, 0, 0, 0);
        add("kg.m2", 1, 2, 0, 0, 0);
        add("N", 1, 1, -2, 0, 0);
        add("N.m", 1, 2, -2, 0, 0);
        add("J", 1, 2, -2, 0, 0, display("Wh", 1.0 / 3600, 0), display("kWh", 1.0 / 3.6e6, 0));
        add("W", 1, 2, -3, 0, 0, display("kW", 1e-3, 0));
        add("Pa", 1, -1, -2, 0, 0, display("bar", 1e-5, 0));
        add("K", 0, 0, 0, 0, 1, display("degC", 1, -273.15));
        add("J/K", 1, 2, -2, 0, -1);
        add("K/W", -1, -2, 3, 0, 1);
        add("W/K", 1, 2, -3, 0, -1);
        add("A", 0, 0, 0, 1, 0);
        add("C", 0, 0, 1, 1, 0, display("Ah", 1.0 / 3600, 0));
        add("V", 1, 2, -3, -1, 0);
        add("Ohm", 1, 2, -3, -2, 0, display("mOhm", 1e3, 0));
        add("F", -1, -2, 4, 2, 0);
        add("H", 1, 2, -2, -2, 0);
        add("Wb", 1, 2, -2, -1, 0);
        add("rad", 0, 0, 0, 0, 0);
        add("rad/s", 0, 0, -1, 0, 0, display("rpm", 60 / (2 * Math.PI), 0));
    }

    private UnitCatalog() {
    }

    private static DisplayUnit display(String name, double factor, double offset) {
        return new DisplayUnit(name, factor, offset);
    }

    private static void add(String name, int kg, int m, int s, int ampere, int kelvin, DisplayUnit... displays) {
        int rad = name.startsWith("rad") ? 1 : 0;
        BaseUnit base = new BaseUnit(kg, m, s, ampere, kelvin, 0, 0, rad, 1.0, 0.0);
        UNITS.put(name, new Unit(name, base, java.util.List.of(displays)));
    }

    /** The unit of this name, if the catalog has it. */
    public static Optional<Unit> find(String name) {
        return Optional.ofNullable(UNITS.get(name));
    }

    /** Every unit name the catalog knows, in catalog order. */
    public static Set<String> names() {
        return UNITS.keySet();
    }
}
