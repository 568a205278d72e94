package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.importing.Fmi4jFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged MotorInverter.fmu: a valid model description, and through FMI4j the Java model's numbers
 * ({@link MotorInverterScenario}).
 */
class MotorInverterFmuIT {
    @Test
    void packagedDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(MotorInverterScenario.packagedFmu());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            assertEquals(List.of(), RuleValidator.validate(
                    ModelDescriptionReader.read(in, "MotorInverter.fmu!/modelDescription.xml")));
        }
    }

    @Test
    void fmi4jGivesTheJavaModelsOutputs() throws IOException {
        try (Fmi4jFmu fmu = new Fmi4jFmu(MotorInverterScenario.packagedFmu(), "motor")) {
            MotorInverterScenario.assertQuasiStaticRunEqualsTheModel(fmu, "FMI4j");
        }
    }

    @Test
    void fmi4jGivesTheDynamicJavaModelsOutputs() throws IOException {
        try (Fmi4jFmu fmu = new Fmi4jFmu(MotorInverterScenario.packagedFmu(), "motor")) {
            MotorInverterScenario.assertDynamicRunEqualsTheModel(fmu, "FMI4j");
        }
    }
}
