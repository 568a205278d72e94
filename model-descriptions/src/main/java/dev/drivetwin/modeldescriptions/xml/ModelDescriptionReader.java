package dev.drivetwin.modeldescriptions.xml;

import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.DependencyKind;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.EnumerationItem;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.LogCategory;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ModelStructure;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.SimpleType;
import dev.drivetwin.modeldescriptions.model.Unit;
import dev.drivetwin.modeldescriptions.model.Unknown;
import dev.drivetwin.modeldescriptions.model.Variability;
import dev.drivetwin.modeldescriptions.model.VariableType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an FMI 2.0 {@code modelDescription.xml} into a {@link ModelDescription}. Only the XML
 * structure and attribute syntax are checked here; apply {@code RuleValidator} for the FMI rules.
 * Vendor extensions, ScalarVariable annotations and the ModelExchange element are ignored. Stateless
 * and thread-safe.
 */
public final class ModelDescriptionReader {

    private static final String TYPE_ELEMENTS = "one of Real, Integer, Boolean, String, Enumeration";

    private ModelDescriptionReader() {
    }

    /**
     * @param file path of a modelDescription.xml
     * @return the model description
     * @throws ModelDescriptionException IO if the file cannot be read; MALFORMED_XML, MISSING_ATTRIBUTE,
     *     MISSING_ELEMENT or BAD_VALUE naming the file name, line and element otherwise
     */
    public static ModelDescription read(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (IOException e) {
            throw new ModelDescriptionException(ModelDescriptionError.IO, e, file, "read", e.getMessage());
        }
    }

    /**
     * @param in the XML document; read to its end but not closed
     * @param sourceName name used in messages, normally the file name
     * @return the model description
     * @throws ModelDescriptionException MALFORMED_XML, MISSING_ATTRIBUTE, MISSING_ELEMENT or BAD_VALUE
     *     naming sourceName, line and element
     */
    public static ModelDescription read(InputStream in, String sourceName) {
        XmlElement root = XmlTree.parse(in, sourceName);
        if (!"fmiModelDescription".equals(root.name())) {
            throw root.missingChild("root element fmiModelDescription (found " + root.name() + ")");
        }
        return ModelDescription.builder()
                .fmiVersion(root.requiredText("fmiVersion"))
                .modelName(root.requiredText("modelName"))
                .guid(root.requiredText("guid"))
                .description(root.text("description"))
                .author(root.text("author"))
                .version(root.text("version"))
                .copyright(root.text("copyright"))
                .license(root.text("license"))
                .generationTool(root.text("generationTool"))
                .generationDateAndTime(root.text("generationDateAndTime"))
                .variableNamingConvention(root.text("variableNamingConvention"))
                .numberOfEventIndicators(root.optionalInt("numberOfEventIndicators"))
                .coSimulation(root.child("CoSimulation").map(ModelDescriptionReader::coSimulation).orElse(null))
                .unitDefinitions(root.grandchildren("UnitDefinitions", "Unit").stream()
                        .map(ModelDescriptionReader::unit).toList())
                .typeDefinitions(root.grandchildren("TypeDefinitions", "SimpleType").stream()
                        .map(ModelDescriptionReader::simpleType).toList())
                .logCategories(root.grandchildren("LogCategories", "Category").stream()
                        .map(c -> new LogCategory(c.requiredText("name"), c.text("description"))).toList())
                .defaultExperiment(root.child("DefaultExperiment").map(ModelDescriptionReader::experiment).orElse(null))
                .vendorAnnotationTools(root.grandchildren("VendorAnnotations", "Tool").stream()
                        .map(t -> t.requiredText("name")).toList())
                .modelVariables(root.grandchildren("ModelVariables", "ScalarVariable").stream()
                        .map(ModelDescriptionReader::variable).toList())
                .modelStructure(root.child("ModelStructure").map(ModelDescriptionReader::structure).orElse(null))
                .build();
    }

    private static CoSimulation coSimulation(XmlElement e) {
        return new CoSimulation(e.requiredText("modelIdentifier"),
                e.booleanOr("needsExecutionTool", false),
                e.booleanOr("canHandleVariableCommunicationStepSize", false),
                e.booleanOr("canInterpolateInputs", false),
                e.intOr("maxOutputDerivativeOrder", 0),
                e.booleanOr("canRunAsynchronuously", false),
                e.booleanOr("canBeInstantiatedOnlyOncePerProcess", false),
                e.booleanOr("canNotUseMemoryManagementFunctions", false),
                e.booleanOr("canGetAndSetFMUstate", false),
                e.booleanOr("canSerializeFMUstate", false),
                e.booleanOr("providesDirectionalDerivative", false),
                e.grandchildren("SourceFiles", "File").stream().map(f -> f.requiredText("name")).toList());
    }

    private static Unit unit(XmlElement e) {
        BaseUnit baseUnit = e.child("BaseUnit").map(b -> new BaseUnit(b.intOr("kg", 0), b.intOr("m", 0),
                b.intOr("s", 0), b.intOr("A", 0), b.intOr("K", 0), b.intOr("mol", 0), b.intOr("cd", 0),
                b.intOr("rad", 0), b.doubleOr("factor", 1.0), b.doubleOr("offset", 0.0))).orElse(null);
        List<DisplayUnit> displayUnits = e.children("DisplayUnit").stream()
                .map(d -> new DisplayUnit(d.requiredText("name"), d.doubleOr("factor", 1.0), d.doubleOr("offset", 0.0)))
                .toList();
        return new Unit(e.requiredText("name"), baseUnit, displayUnits);
    }

    private static SimpleType simpleType(XmlElement e) {
        String name = e.requiredText("name");
        VariableType type = VariableTypeXml.read(e).orElseThrow(() -> e.missingChild(TYPE_ELEMENTS));
        List<EnumerationItem> items = e.grandchildren("Enumeration", "Item").stream()
                .map(i -> new EnumerationItem(i.requiredText("name"), i.requiredInt("value"), i.text("description")))
                .toList();
        return new SimpleType(name, e.text("description"), type, items);
    }

    private static DefaultExperiment experiment(XmlElement e) {
        return new DefaultExperiment(e.optionalDouble("startTime"), e.optionalDouble("stopTime"),
                e.optionalDouble("tolerance"), e.optionalDouble("stepSize"));
    }

    private static ScalarVariable variable(XmlElement e) {
        String name = e.requiredText("name");
        long valueReference = e.requiredUnsignedInt("valueReference");
        Causality causality = e.optionalEnum("causality", Causality.values());
        Variability variability = e.optionalEnum("variability", Variability.values());
        Initial initial = e.optionalEnum("initial", Initial.values());
        VariableType type = VariableTypeXml.read(e).orElseThrow(() -> e.missingChild(TYPE_ELEMENTS));
        return new ScalarVariable(name, valueReference, e.text("description"), causality, variability, initial,
                e.optionalBoolean("canHandleMultipleSetPerTimeInstant"), type);
    }

    private static ModelStructure structure(XmlElement e) {
        return new ModelStructure(unknowns(e, "Outputs"), unknowns(e, "Derivatives"), unknowns(e, "InitialUnknowns"));
    }

    private static List<Unknown> unknowns(XmlElement structure, String listName) {
        return structure.grandchildren(listName, "Unknown").stream()
                .map(u -> new Unknown(u.requiredInt("index"), u.optionalIntList("dependencies"),
                        u.optionalEnumList("dependenciesKind", DependencyKind.values())))
                .toList();
    }
}
