package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;
import org.junit.jupiter.api.Test;

/** MotorInverter.fmu imported through JavaFMI runs {@link MotorInverterScenario} like FMI4j and equals the model. */
class MotorInverterJavaFmiIT {
    @Test
    void javaFmiGivesTheJavaModelsOutputs() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(MotorInverterScenario.packagedFmu())) {
            MotorInverterScenario.assertQuasiStaticRunEqualsTheModel(fmu, "JavaFMI");
        }
    }

    @Test
    void javaFmiGivesTheDynamicJavaModelsOutputs() {
        try (JavaFmiFmu fmu = new JavaFmiFmu(MotorInverterScenario.packagedFmu())) {
            MotorInverterScenario.assertDynamicRunEqualsTheModel(fmu, "JavaFMI");
        }
    }
}
