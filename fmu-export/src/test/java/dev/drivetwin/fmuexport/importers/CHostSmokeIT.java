package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drivetwin.fmuexport.importing.CHostSmoke;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ThermalMass.fmu through {@link CHostSmoke}, as the component modules' C-host ITs use it: start values by variable
 * name reach the FMU through the setter of the variable's declared type, and a value of a Java type that does not
 * fit that type fails the test, naming the variable, before the host runs.
 */
class CHostSmokeIT {
    private static final double AMBIENT_TEMPERATURE = 293.15; // [K], ThermalMass's start value and its initial one

    /**
     * heaterEnabled starts true, so a mass that stays exactly at ambient under 1000 W shows the Boolean arrived;
     * the String label changes no output, but the host counts it among the values it set.
     */
    @Test
    void startValuesOfEachTypeAreSetByName() throws IOException, InterruptedException {
        Map<String, Object> startValues = Map.of("heatCapacity", 2000.0, "heatFlow", 1000, "heaterEnabled", false,
                "label", "set = by name");
        Map<String, Double> values = CHostSmoke.assertPasses(PackagedFmus.thermalMass(), startValues);
        assertEquals(2000, values.get("heatCapacity"), 0, "heatCapacity [J/K]");
        assertEquals(1000, values.get("heatFlow"), 0, "heatFlow [W], given as an Integer");
        assertEquals(AMBIENT_TEMPERATURE, values.get("temperature"), 0, "temperature [K] with the heater off");
    }

    @Test
    void aValueOfAnotherTypeThanTheVariableFailsNamingIt() {
        assertEquals("'heaterEnabled' is declared Boolean, so its start value must be a Boolean; '1' (Integer) is not",
                mismatch("heaterEnabled", 1));
        assertEquals("'label' is declared String, so its start value must be a String without NUL; 'true' (Boolean)"
                + " is not", mismatch("label", true));
        assertEquals("'heatFlow' is declared Real, so its start value must be a Number; '1000' (String) is not",
                mismatch("heatFlow", "1000"));
    }

    private static String mismatch(String name, Object value) {
        return assertThrows(AssertionError.class,
                () -> CHostSmoke.assertPasses(PackagedFmus.thermalMass(), Map.of(name, value))).getMessage();
    }
}
