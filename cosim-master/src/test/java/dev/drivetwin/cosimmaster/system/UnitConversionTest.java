package dev.drivetwin.cosimmaster.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import org.junit.jupiter.api.Test;

class UnitConversionTest {
    static final BaseUnit METRE_PER_SECOND = new BaseUnit(0, 1, -1, 0, 0, 0, 0, 0, 1, 0);
    static final BaseUnit KILOMETRE_PER_HOUR = new BaseUnit(0, 1, -1, 0, 0, 0, 0, 0, 1 / 3.6, 0);
    static final BaseUnit KELVIN = new BaseUnit(0, 0, 0, 0, 1, 0, 0, 0, 1, 0);
    static final BaseUnit DEGREE_CELSIUS = new BaseUnit(0, 0, 0, 0, 1, 0, 0, 0, 1, 273.15);
    static final BaseUnit AMPERE = new BaseUnit(0, 0, 0, 1, 0, 0, 0, 0, 1, 0);
    static final BaseUnit VOLT = new BaseUnit(1, 2, -3, -1, 0, 0, 0, 0, 1, 0);

    @Test
    void convertsMetresPerSecondToKilometresPerHour() {
        UnitConversion conversion = UnitConversion.between("m/s", METRE_PER_SECOND, "km/h", KILOMETRE_PER_HOUR)
                .orElseThrow();
        // 10 m/s is exactly 36 km/h; the factor 1/(1/3.6) is 3.6 to one rounding
        assertEquals(36, conversion.apply(10), 36 * 2e-16);
    }

    @Test
    void convertsCelsiusToKelvinWithTheOffset() {
        UnitConversion conversion = UnitConversion.between("degC", DEGREE_CELSIUS, "K", KELVIN).orElseThrow();
        assertEquals(298.15, conversion.apply(25), 1e-12);
        assertEquals(25, UnitConversion.between("K", KELVIN, "degC", DEGREE_CELSIUS).orElseThrow().apply(298.15),
                1e-12);
    }

    @Test
    void refusesDifferentDimensions() {
        assertTrue(UnitConversion.between("A", AMPERE, "V", VOLT).isEmpty());
    }

    @Test
    void transformationComesBeforeConversion() {
        Connection connection = new Connection(new Connector("a", "x"), new Connector("b", "y"),
                new LinearTransformation(2, 1), UnitConversion.between("m/s", METRE_PER_SECOND, "km/h",
                        KILOMETRE_PER_HOUR).orElseThrow());
        // (2 * 10 + 1) m/s = 21 m/s = 75.6 km/h
        assertEquals(75.6, connection.apply(10), 1e-12);
    }
}
