package dev.drivetwin.modeldescriptions.xml;

import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.EnumerationItem;
import dev.drivetwin.modeldescriptions.model.LogCategory;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ModelStructure;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.SimpleType;
import dev.drivetwin.modeldescriptions.model.Unit;
import dev.drivetwin.modeldescriptions.model.Unknown;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link ModelDescription} as FMI 2.0 {@code modelDescription.xml}: UTF-8 with XML
 * declaration, two-space indentation, elements in the order of the schema and absent ({@code null})
 * attributes omitted. Attributes at their schema default (false capabilities, BaseUnit exponents 0,
 * factor 1, offset 0) are omitted too. The writer does not apply the FMI rules. Stateless and
 * thread-safe.
 */
public final class ModelDescriptionWriter {

    private ModelDescriptionWriter() {
    }

    /**
     * @param description the model description
     * @return the document
     * @throws ModelDescriptionException UNWRITABLE_VALUE if a double is infinite or NaN
     */
    public static String toXml(ModelDescription description) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(description, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param description the model description
     * @param out receives the UTF-8 document; flushed, not closed
     * @throws ModelDescriptionException UNWRITABLE_VALUE if a double is infinite or NaN, IO if writing fails
     */
    public static void write(ModelDescription description, OutputStream out) {
        try {
            XmlOutput xml = XmlOutput.begin(out);
            writeDocument(xml, description);
            xml.finish();
        } catch (XMLStreamException e) {
            throw new ModelDescriptionException(ModelDescriptionError.IO, e, "modelDescription.xml", "write XML",
                    e.getMessage());
        }
    }

    /**
     * Writes to {@code file}, replacing it. Nothing is written if the description has an unwritable
     * value, because the document is built in memory first.
     *
     * @param description the model description
     * @param file destination path
     * @throws ModelDescriptionException UNWRITABLE_VALUE if a double is infinite or NaN, IO naming the file
     */
    public static void write(ModelDescription description, Path file) {
        byte[] document = toXml(description).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, document);
        } catch (IOException e) {
            throw new ModelDescriptionException(ModelDescriptionError.IO, e, file, "write", e.getMessage());
        }
    }

    private static void writeDocument(XmlOutput xml, ModelDescription md) {
        xml.start("fmiModelDescription", true)
                .attribute("fmiVersion", md.fmiVersion())
                .attribute("modelName", md.modelName())
                .attribute("guid", md.guid())
                .attribute("description", md.description())
                .attribute("author", md.author())
                .attribute("version", md.version())
                .attribute("copyright", md.copyright())
                .attribute("license", md.license())
                .attribute("generationTool", md.generationTool())
                .attribute("generationDateAndTime", md.generationDateAndTime())
                .attribute("variableNamingConvention", md.variableNamingConvention())
                .attribute("numberOfEventIndicators", md.numberOfEventIndicators());
        if (md.coSimulation() != null) {
            coSimulation(xml, md.coSimulation());
        }
        if (!md.unitDefinitions().isEmpty()) {
            xml.start("UnitDefinitions", true);
            md.unitDefinitions().forEach(u -> unit(xml, u));
            xml.end();
        }
        if (!md.typeDefinitions().isEmpty()) {
            xml.start("TypeDefinitions", true);
            md.typeDefinitions().forEach(t -> simpleType(xml, t));
            xml.end();
        }
        if (!md.logCategories().isEmpty()) {
            xml.start("LogCategories", true);
            for (LogCategory c : md.logCategories()) {
                xml.start("Category", false).attribute("name", c.name()).attribute("description", c.description())
                        .end();
            }
            xml.end();
        }
        if (md.defaultExperiment() != null) {
            DefaultExperiment e = md.defaultExperiment();
            xml.start("DefaultExperiment", false).attribute("startTime", e.startTime())
                    .attribute("stopTime", e.stopTime()).attribute("tolerance", e.tolerance())
                    .attribute("stepSize", e.stepSize()).end();
        }
        if (!md.vendorAnnotationTools().isEmpty()) {
            xml.start("VendorAnnotations", true);
            md.vendorAnnotationTools().forEach(t -> xml.start("Tool", false).attribute("name", t).end());
            xml.end();
        }
        xml.start("ModelVariables", !md.modelVariables().isEmpty());
        md.modelVariables().forEach(v -> variable(xml, v));
        xml.end();
        structure(xml, md.modelStructure());
        xml.end();
    }

    private static void coSimulation(XmlOutput xml, CoSimulation cs) {
        xml.start("CoSimulation", !cs.sourceFiles().isEmpty())
                .attribute("modelIdentifier", cs.modelIdentifier())
                .attribute("needsExecutionTool", trueOrNull(cs.needsExecutionTool()))
                .attribute("canHandleVariableCommunicationStepSize",
                        trueOrNull(cs.canHandleVariableCommunicationStepSize()))
                .attribute("canInterpolateInputs", trueOrNull(cs.canInterpolateInputs()))
                .attribute("maxOutputDerivativeOrder",
                        cs.maxOutputDerivativeOrder() == 0 ? null : cs.maxOutputDerivativeOrder())
                .attribute("canRunAsynchronuously", trueOrNull(cs.canRunAsynchronuously()))
                .attribute("canBeInstantiatedOnlyOncePerProcess", trueOrNull(cs.canBeInstantiatedOnlyOncePerProcess()))
                .attribute("canNotUseMemoryManagementFunctions", trueOrNull(cs.canNotUseMemoryManagementFunctions()))
                .attribute("canGetAndSetFMUstate", trueOrNull(cs.canGetAndSetFMUstate()))
                .attribute("canSerializeFMUstate", trueOrNull(cs.canSerializeFMUstate()))
                .attribute("providesDirectionalDerivative", trueOrNull(cs.providesDirectionalDerivative()));
        if (!cs.sourceFiles().isEmpty()) {
            xml.start("SourceFiles", true);
            cs.sourceFiles().forEach(f -> xml.start("File", false).attribute("name", f).end());
            xml.end();
        }
        xml.end();
    }

    private static void unit(XmlOutput xml, Unit unit) {
        xml.start("Unit", unit.baseUnit() != null || !unit.displayUnits().isEmpty()).attribute("name", unit.name());
        BaseUnit b = unit.baseUnit();
        if (b != null) {
            xml.start("BaseUnit", false).attribute("kg", nonZero(b.kg())).attribute("m", nonZero(b.m()))
                    .attribute("s", nonZero(b.s())).attribute("A", nonZero(b.A())).attribute("K", nonZero(b.K()))
                    .attribute("mol", nonZero(b.mol())).attribute("cd", nonZero(b.cd()))
                    .attribute("rad", nonZero(b.rad())).attribute("factor", unlessDefault(b.factor(), 1.0))
                    .attribute("offset", unlessDefault(b.offset(), 0.0)).end();
        }
        for (DisplayUnit d : unit.displayUnits()) {
            xml.start("DisplayUnit", false).attribute("name", d.name())
                    .attribute("factor", unlessDefault(d.factor(), 1.0))
                    .attribute("offset", unlessDefault(d.offset(), 0.0)).end();
        }
        xml.end();
    }

    private static void simpleType(XmlOutput xml, SimpleType type) {
        xml.start("SimpleType", true).attribute("name", type.name()).attribute("description", type.description());
        List<EnumerationItem> items = type.items();
        xml.start(type.type().baseType().elementName(), !items.isEmpty());
        VariableTypeXml.writeAttributes(xml, type.type());
        for (EnumerationItem item : items) {
            xml.start("Item", false).attribute("name", item.name()).attribute("value", item.value())
                    .attribute("description", item.description()).end();
        }
        xml.end().end();
    }

    private static void variable(XmlOutput xml, ScalarVariable v) {
        xml.start("ScalarVariable", true)
                .attribute("name", v.name())
                .attribute("valueReference", v.valueReference())
                .attribute("description", v.description())
                .attribute("causality", v.causality())
                .attribute("variability", v.variability())
                .attribute("initial", v.initial())
                .attribute("canHandleMultipleSetPerTimeInstant", v.canHandleMultipleSetPerTimeInstant());
        xml.start(v.type().baseType().elementName(), false);
        VariableTypeXml.writeAttributes(xml, v.type());
        xml.end().end();
    }

    private static void structure(XmlOutput xml, ModelStructure structure) {
        boolean any = !structure.outputs().isEmpty() || !structure.derivatives().isEmpty()
                || !structure.initialUnknowns().isEmpty();
        xml.start("ModelStructure", any);
        unknowns(xml, "Outputs", structure.outputs());
        unknowns(xml, "Derivatives", structure.derivatives());
        unknowns(xml, "InitialUnknowns", structure.initialUnknowns());
        xml.end();
    }

    private static void unknowns(XmlOutput xml, String listName, List<Unknown> unknowns) {
        if (unknowns.isEmpty()) {
            return;
        }
        xml.start(listName, true);
        for (Unknown u : unknowns) {
            xml.start("Unknown", false).attribute("index", u.index()).attribute("dependencies", u.dependencies())
                    .attribute("dependenciesKind", u.dependenciesKind()).end();
        }
        xml.end();
    }

    private static Boolean trueOrNull(boolean flag) {
        return flag ? Boolean.TRUE : null;
    }

    private static Integer nonZero(int exponent) {
        return exponent == 0 ? null : exponent;
    }

    /** @return null when value is bit-identical to the schema default, so it is omitted and reads back equal */
    private static Double unlessDefault(double value, double schemaDefault) {
        return Double.compare(value, schemaDefault) == 0 ? null : value;
    }
}
