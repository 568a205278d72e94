package dev.drivetwin.modeldescriptions.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.Variability;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelDescriptionWriterTest {

    private static ModelDescription withParameter(double start) {
        return ModelDescription.builder().modelName("M").guid("{g}").coSimulation(CoSimulation.of("M"))
                .addVariable(ScalarVariable.of("k", 0, Causality.PARAMETER, Variability.FIXED, RealType.of(null, start)))
                .build();
    }

    @Test
    void rejectsNonFiniteStartNamingTheVariable() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ModelDescriptionException e = assertThrows(ModelDescriptionException.class,
                    () -> ModelDescriptionWriter.toXml(withParameter(bad)));
            assertEquals(ModelDescriptionError.UNWRITABLE_VALUE, e.error());
            assertTrue(e.getMessage().contains("ScalarVariable 'k'/Real"), e.getMessage());
            assertTrue(e.getMessage().contains("start"), e.getMessage());
        }
    }

    @Test
    void doublesReadBackBitIdentical() {
        for (double value : new double[] {0.1, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3.0, 6.02214076e23}) {
            ModelDescription md = withParameter(value);
            String xml = ModelDescriptionWriter.toXml(md);
            assertFalse(xml.contains("INF") || xml.contains("NaN"), xml);
            ModelDescription back = ModelDescriptionReader.read(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "written.xml");
            double read = (Double) back.modelVariables().get(0).type().startValue();
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(read), xml);
        }
    }

    @Test
    void writesElementsInSchemaOrderAndOmitsAbsentAttributes() {
        String xml = ModelDescriptionWriter.toXml(dev.drivetwin.modeldescriptions.Fixtures.read("EveryElement.xml"));
        String[] order = {"<CoSimulation", "<UnitDefinitions", "<TypeDefinitions", "<LogCategories",
            "<DefaultExperiment", "<VendorAnnotations", "<ModelVariables", "<ModelStructure"};
        int previous = -1;
        for (String element : order) {
            int at = xml.indexOf(element);
            assertTrue(at > previous, element + " out of order in\n" + xml);
            previous = at;
        }
        assertFalse(xml.contains("null"), xml);
    }

    @Test
    void lineBreaksInDescriptionsSurviveAttributeNormalization() {
        ModelDescription md = withParameter(1.0).toBuilder().description("line one\nline two\ttabbed\r").build();
        String xml = ModelDescriptionWriter.toXml(md);
        ModelDescription back = ModelDescriptionReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "written.xml");
        assertEquals(md.description(), back.description());
    }
}
