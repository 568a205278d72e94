package dev.drivetwin.fmuexport.description;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import org.junit.jupiter.api.Test;

class UnitCatalogTest {

    private static BaseUnit base(String unit) {
        return UnitCatalog.find(unit).orElseThrow().baseUnit();
    }

    private static DisplayUnit display(String unit, String name) {
        return UnitCatalog.find(unit).orElseThrow().displayUnits().stream()
                .filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void derivedUnitsHaveTheirSiExponents() {
        // V = W/A = kg m2 s-3 A-1; Ohm = V/A; F = C/V = s4 A2 kg-1 m-2
        assertEquals(new BaseUnit(1, 2, -3, -1, 0, 0, 0, 0, 1, 0), base("V"));
        assertEquals(new BaseUnit(1, 2, -3, -2, 0, 0, 0, 0, 1, 0), base("Ohm"));
        assertEquals(new BaseUnit(-1, -2, 4, 2, 0, 0, 0, 0, 1, 0), base("F"));
        assertEquals(new BaseUnit(0, 0, -1, 0, 0, 0, 0, 1, 1, 0), base("rad/s"));
    }

    @Test
    void displayUnitsConvertAsFmiDefines() {
        // shown = factor * value + offset (FMI 2.0 section 2.2.2)
        DisplayUnit celsius = display("K", "degC");
        assertEquals(25.0, celsius.factor() * 298.15 + celsius.offset(), 1e-12);
        assertEquals(100.0, display("m/s", "km/h").factor() * (100 / 3.6), 1e-12);
        assertEquals(2.0, display("C", "Ah").factor() * 7200, 1e-15);
        assertEquals(3000.0, display("rad/s", "rpm").factor() * (100 * Math.PI), 1e-9);
    }
}
