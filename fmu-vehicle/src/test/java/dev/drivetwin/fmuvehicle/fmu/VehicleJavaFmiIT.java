package dev.drivetwin.fmuvehicle.fmu;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;
import org.junit.jupiter.api.Test;

/** Vehicle.fmu imported through JavaFMI runs {@link VehicleScenario} like FMI4j does and equals the Java model. */
class VehicleJavaFmiIT {
    @Test
    void matchesTheJavaModelRunDirectly() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(VehicleScenario.packagedFmu())) {
            VehicleScenario.assertRunEqualsTheModelRunDirectly(fmu, "JavaFMI");
        }
    }
}
