package dev.drivetwin.fmuvehicle.fmu;

import dev.drivetwin.fmuexport.importing.Fmi4jFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipFile;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import org.junit.jupiter.api.Test;

/**
 * target/Vehicle.fmu, packaged in the package phase, validated by our RuleValidator and run through FMI4j
 * against {@link dev.drivetwin.fmuvehicle.driver.DrivenVehicle} called directly ({@link VehicleScenario}).
 */
class VehicleFmuIT {
    private static final long PRESET = 0; // String value reference, first in VehicleSlave.declare

    @Test
    void packagedDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(VehicleScenario.packagedFmu());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            ModelDescription description = ModelDescriptionReader.read(in, "Vehicle.fmu!/modelDescription.xml");
            assertEquals(List.of(), RuleValidator.validate(description));
            assertEquals("Vehicle", description.modelName());
        }
    }

    @Test
    void matchesTheJavaModelRunDirectly() throws IOException {
        try (Fmi4jFmu fmu = new Fmi4jFmu(VehicleScenario.packagedFmu(), "vehicle")) {
            VehicleScenario.assertRunEqualsTheModelRunDirectly(fmu, "FMI4j");
        }
    }

    @Test
    void unknownPresetIsAnErrorNamingTheKnownOnes() throws IOException {
        try (Fmu fmu = Fmu.from(VehicleScenario.packagedFmu());
                CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("bad")) {
            assertEquals(FmiStatus.Error, slave.writeString(new long[] {PRESET}, new String[] {"Model Y"}));
        }
    }
}
