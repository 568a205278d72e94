package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;
import org.junit.jupiter.api.Test;

/** Battery.fmu imported through JavaFMI runs {@link BatteryScenario} like FMI4j does and equals the Java model. */
class BatteryJavaFmiIT {
    @Test
    void javaFmiRunEqualsTheModelRunDirectly() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(BatteryScenario.packagedFmu())) {
            BatteryScenario.assertRunEqualsTheModelRunDirectly(fmu, "JavaFMI");
        }
    }
}
