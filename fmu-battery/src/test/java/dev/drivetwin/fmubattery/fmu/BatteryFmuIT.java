package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmuexport.importing.Fmi4jFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Battery.fmu (packaged in this build) validated by our RuleValidator and run through FMI4j against the same
 * model called directly ({@link BatteryScenario}).
 */
class BatteryFmuIT {
    @Test
    void modelDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(BatteryScenario.packagedFmu());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            ModelDescription description = ModelDescriptionReader.read(in, "Battery.fmu!/modelDescription.xml");
            assertEquals(List.of(), RuleValidator.validate(description));
        }
    }

    @Test
    void fmi4jRunEqualsTheModelRunDirectly() throws IOException {
        try (Fmi4jFmu fmu = new Fmi4jFmu(BatteryScenario.packagedFmu(), "b")) {
            BatteryScenario.assertRunEqualsTheModelRunDirectly(fmu, "FMI4j");
        }
    }

    @Test
    void fmi4jRunWithCellSpreadEqualsThePackWithThatSpread() throws IOException {
        try (Fmi4jFmu fmu = new Fmi4jFmu(BatteryScenario.packagedFmu(), "spread")) {
            BatteryScenario.assertSpreadRunEqualsTheModelWithThatSpread(fmu, "FMI4j");
        }
    }
}
