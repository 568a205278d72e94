package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import no.ntnu.ihb.fmi4j.modeldescription.ModelDescriptionParser;
import no.ntnu.ihb.fmi4j.modeldescription.ModelDescriptionProvider;
import no.ntnu.ihb.fmi4j.modeldescription.variables.TypedScalarVariable;
import no.ntnu.ihb.fmi4j.modeldescription.variables.VariableType;
import org.junit.jupiter.api.Test;

/** The packaged ThermalMass.fmu's modelDescription.xml, as our validator and FMI4j's JAXB parser read it. */
class ModelDescriptionIT {
    private static final Map<BaseType, VariableType> TYPES = Map.of(BaseType.REAL, VariableType.REAL,
            BaseType.INTEGER, VariableType.INTEGER, BaseType.BOOLEAN, VariableType.BOOLEAN,
            BaseType.STRING, VariableType.STRING, BaseType.ENUMERATION, VariableType.ENUMERATION);

    private static String packagedXml() throws IOException {
        try (ZipFile zip = new ZipFile(PackagedFmus.thermalMass());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ModelDescription ours(String xml) {
        return ModelDescriptionReader.read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "ThermalMass.fmu!/modelDescription.xml");
    }

    @Test
    void packagedDescriptionHasNoRuleViolations() throws IOException {
        assertEquals(List.of(), RuleValidator.validate(ours(packagedXml())));
    }

    @Test
    void fmi4jReadsTheSameVariables() throws IOException {
        String xml = packagedXml();
        ModelDescription ours = ours(xml);
        ModelDescriptionProvider theirs = ModelDescriptionParser.parse(xml);

        assertEquals(ours.guid(), theirs.getGuid());
        assertEquals(ours.modelName(), theirs.getModelName());
        assertTrue(theirs.getSupportsCoSimulation(), "FMI4j sees Co-Simulation");
        assertEquals(ours.coSimulation().modelIdentifier(),
                theirs.asCoSimulationModelDescription().getAttributes().getModelIdentifier());
        assertEquals(ours.modelVariables().size(), theirs.getModelVariables().getSize(), "number of variables");
        for (ScalarVariable v : ours.modelVariables()) {
            TypedScalarVariable<?> their = theirs.getModelVariables().getByNameOrNull(v.name());
            assertNotNull(their, () -> "FMI4j does not see " + v.name());
            assertEquals(v.valueReference(), their.getValueReference(), () -> v.name() + " value reference");
            assertEquals(TYPES.get(v.type().baseType()), their.getType(), () -> v.name() + " type");
            assertEquals(v.effectiveCausality().name(), their.getCausality().name(), () -> v.name() + " causality");
            assertEquals(v.effectiveVariability().name(), their.getVariability().name(),
                    () -> v.name() + " variability");
        }
    }
}
