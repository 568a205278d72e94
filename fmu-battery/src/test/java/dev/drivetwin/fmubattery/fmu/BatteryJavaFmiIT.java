package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;
import org.junit.jupiter.api.Test;

/**
 * Battery.fmu imported through JavaFMI runs {@link BatteryScenario}'s runs, without and with cell spread, like FMI4j
 * does and equals the Java model.
 */
class BatteryJavaFmiIT {
    @Test
    void javaFmiRunEqualsTheModelRunDirectly() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(BatteryScenario.packagedFmu())) {
            BatteryScenario.assertRunEqualsTheModelRunDirectly(fmu, "JavaFMI");
        }
    }

    @Test
    void javaFmiRunWithCellSpreadEqualsThePackWithThatSpread() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(BatteryScenario.packagedFmu())) {
            BatteryScenario.assertSpreadRunEqualsTheModelWithThatSpread(fmu, "JavaFMI");
        }
    }
}
