package dev.drivetwin.modeldescriptions.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.Fixtures;
import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.DependencyKind;
import dev.drivetwin.modeldescriptions.model.EnumerationItem;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.Unknown;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDescriptionReaderTest {

    private static Path broken(String name) throws URISyntaxException {
        return Path.of(ModelDescriptionReaderTest.class.getResource("/fixtures/broken/" + name).toURI());
    }

    private static ModelDescriptionException readFails(String xml) {
        return assertThrows(ModelDescriptionException.class, () -> ModelDescriptionReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline.xml"));
    }

    private static void assertMentions(ModelDescriptionException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void unclosedTagNamesFileLineAndOpenElement() throws Exception {
        ModelDescriptionException e = assertThrows(ModelDescriptionException.class,
                () -> ModelDescriptionReader.read(broken("UnclosedTag.xml")));
        assertEquals(ModelDescriptionError.MALFORMED_XML, e.error());
        assertMentions(e, "UnclosedTag.xml line 7", "ScalarVariable 'x'", "ModelVariables");
    }

    @Test
    void misspelledCausalityNamesFileLineVariableAndAllowedValues() throws Exception {
        ModelDescriptionException e = assertThrows(ModelDescriptionException.class,
                () -> ModelDescriptionReader.read(broken("BadCausality.xml")));
        assertEquals(ModelDescriptionError.BAD_VALUE, e.error());
        assertEquals("BadCausality.xml line 5: ScalarVariable 'x': attribute causality has value 'inptu', expected one"
                + " of parameter, calculatedParameter, input, output, local, independent", e.getMessage());
    }

    @Test
    void missingValueReferenceNamesFileLineAndVariable() throws Exception {
        ModelDescriptionException e = assertThrows(ModelDescriptionException.class,
                () -> ModelDescriptionReader.read(broken("MissingValueReference.xml")));
        assertEquals(ModelDescriptionError.MISSING_ATTRIBUTE, e.error());
        assertMentions(e, "MissingValueReference.xml line 5", "ScalarVariable 'x'", "valueReference");
    }

    @Test
    void missingRootAttributesAreReported() {
        for (String attribute : List.of("fmiVersion", "modelName", "guid")) {
            String attributes = " fmiVersion=\"2.0\" modelName=\"M\" guid=\"{1}\"".replace(" " + attribute + "=", " x=");
            ModelDescriptionException e = readFails("<fmiModelDescription" + attributes + "/>");
            assertEquals(ModelDescriptionError.MISSING_ATTRIBUTE, e.error());
            assertMentions(e, "inline.xml line 1", "fmiModelDescription", attribute);
        }
    }

    @Test
    void missingModelIdentifierAndUnknownIndexAreReported() {
        ModelDescriptionException e = readFails("<fmiModelDescription fmiVersion=\"2.0\" modelName=\"M\" guid=\"g\">\n"
                + "<CoSimulation/></fmiModelDescription>");
        assertMentions(e, "inline.xml line 2", "CoSimulation", "modelIdentifier");
        e = readFails("<fmiModelDescription fmiVersion=\"2.0\" modelName=\"M\" guid=\"g\">\n<ModelStructure>\n"
                + "<Outputs><Unknown dependencies=\"1\"/></Outputs></ModelStructure></fmiModelDescription>");
        assertMentions(e, "inline.xml line 3", "ModelStructure/Outputs/Unknown", "index");
    }

    @Test
    void badNumbersNameTheAttributeAndTheExpectedForm() {
        ModelDescriptionException e = readFails("<fmiModelDescription fmiVersion=\"2.0\" modelName=\"M\" guid=\"g\">"
                + "<ModelVariables><ScalarVariable name=\"x\" valueReference=\"0\">\n<Real start=\"1.0d\"/>"
                + "</ScalarVariable></ModelVariables></fmiModelDescription>");
        assertEquals(ModelDescriptionError.BAD_VALUE, e.error());
        assertMentions(e, "line 2", "ScalarVariable 'x'/Real", "start", "'1.0d'", "xs:double");
        e = readFails("<fmiModelDescription fmiVersion=\"2.0\" modelName=\"M\" guid=\"g\">"
                + "<ModelVariables><ScalarVariable name=\"x\" valueReference=\"-1\"><Real/>"
                + "</ScalarVariable></ModelVariables></fmiModelDescription>");
        assertMentions(e, "valueReference", "'-1'", "unsigned 32-bit");
    }

    @Test
    void variableWithoutTypeElementIsReported() {
        ModelDescriptionException e = readFails("<fmiModelDescription fmiVersion=\"2.0\" modelName=\"M\" guid=\"g\">"
                + "<ModelVariables><ScalarVariable name=\"x\" valueReference=\"0\"/></ModelVariables>"
                + "</fmiModelDescription>");
        assertEquals(ModelDescriptionError.MISSING_ELEMENT, e.error());
        assertMentions(e, "ScalarVariable 'x'", "Real, Integer, Boolean, String, Enumeration");
    }

    @Test
    void modelExchangeAndVendorExtensionsAreIgnored() {
        ModelDescription md = Fixtures.read("OpenModelicaLike.xml");
        assertEquals("Vehicle_RoadLoad", md.coSimulation().modelIdentifier());
        assertEquals(List.of("Vehicle_RoadLoad.c", "Vehicle_RoadLoad_functions.c"), md.coSimulation().sourceFiles());
        assertEquals(List.of(new Unknown(2, List.of(), List.of())), md.modelStructure().outputs());
    }

    @Test
    void readsEveryElementOfTheFixture() {
        ModelDescription md = Fixtures.read("EveryElement.xml");
        assertEquals(13, md.modelVariables().size());
        assertEquals(Causality.INDEPENDENT, md.variable("time").orElseThrow().causality());
        RealType position = (RealType) md.variable("position").orElseThrow().type();
        assertEquals(new RealType(null, "Length", "m", "km", false, -100.0, 100.0, 1.0, true, 1.0, null, true),
                position);
        assertEquals(List.of(new EnumerationItem("off", 1, "Switched off"), new EnumerationItem("drive", 2, null),
                new EnumerationItem("regen", 3, "Regenerative braking")), md.typeDefinitions().get(4).items());
        assertEquals(List.of(DependencyKind.DEPENDENT, DependencyKind.CONSTANT, DependencyKind.FIXED),
                md.modelStructure().derivatives().get(0).dependenciesKind());
        assertEquals(-273.15, md.unitDefinitions().get(3).displayUnits().get(0).offset());
        assertEquals(List.of("drivetwin"), md.vendorAnnotationTools());
        assertEquals("pack <A> \"1\"", md.variable("label").orElseThrow().type().startValue());
        assertEquals(3, md.indexOf(md.variable("der(position)").orElseThrow()));
    }
}
