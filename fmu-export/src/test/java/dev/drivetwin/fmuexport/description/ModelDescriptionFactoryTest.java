package dev.drivetwin.fmuexport.description;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.testslaves.FaultySlave;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.Unknown;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDescriptionFactoryTest {

    private static ModelDescription thermalMass() {
        return ModelDescriptionFactory.describe(SlaveDeclaration.of(new ThermalMass()), "ThermalMass");
    }

    @Test
    void generatesADescriptionThatObeysEveryFmiRule() {
        assertEquals(List.of(), RuleValidator.validate(thermalMass()));
        assertEquals(List.of(), RuleValidator.validate(
                ModelDescriptionFactory.describe(SlaveDeclaration.of(new FaultySlave()), "FaultySlave")));
    }

    @Test
    void survivesAWriteAndReadRoundTrip() {
        ModelDescription description = thermalMass();
        String xml = ModelDescriptionWriter.toXml(description);
        ModelDescription read = ModelDescriptionReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "generated.xml");
        assertEquals(description, read);
    }

    @Test
    void carriesTheGuidTheRuntimeChecks() {
        assertEquals(SlaveDeclaration.of(new ThermalMass()).guid(), thermalMass().guid());
    }

    @Test
    void listsOutputsWithTheirDeclaredDependenciesAndDefinesEveryUnitUsed() {
        ModelDescription description = thermalMass();
        int temperature = description.indexOf(description.variable("temperature").orElseThrow());
        Unknown output = description.modelStructure().outputs().get(0);
        assertEquals(temperature, output.index());
        assertEquals(List.of(), output.dependencies());
        assertEquals(List.of("J/K", "K/W", "K", "W"),
                description.unitDefinitions().stream().map(u -> u.name()).toList());
        RealType type = (RealType) description.variable("temperature").orElseThrow().type();
        assertEquals("degC", type.displayUnit());
        assertEquals(List.of(), description.modelStructure().derivatives());
    }

    @Test
    void declaresTheCapabilitiesTheShimImplements() {
        var coSimulation = thermalMass().coSimulation();
        assertTrue(coSimulation.canGetAndSetFMUstate());
        assertTrue(coSimulation.canSerializeFMUstate());
        assertTrue(coSimulation.canHandleVariableCommunicationStepSize());
        assertEquals("ThermalMass", coSimulation.modelIdentifier());
    }

    @Test
    void refusesAUnitOutsideTheCatalogNamingTheKnownOnes() {
        SlaveDeclaration declaration = new SlaveDeclaration().modelName("Bad");
        declaration.real("speed").unit("furlong/fortnight").getter(() -> 0);
        FmuExportException e = assertThrows(FmuExportException.class,
                () -> ModelDescriptionFactory.describe(declaration, "Bad"));
        assertTrue(e.getMessage().contains("unit 'furlong/fortnight' is not in the unit catalog"), e.getMessage());
        assertTrue(e.getMessage().contains("m/s"), e.getMessage());
    }
}
