package dev.drivetwin.fmuexport.description;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.slave.BooleanVariable;
import dev.drivetwin.fmuexport.slave.IntegerVariable;
import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.StringVariable;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.modeldescriptions.model.BooleanType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.IntegerType;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ModelStructure;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.StringType;
import dev.drivetwin.modeldescriptions.model.Unit;
import dev.drivetwin.modeldescriptions.model.Unknown;
import dev.drivetwin.modeldescriptions.model.VariableType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the FMI 2.0 model description of a slave from its {@link SlaveDeclaration}: variables in declaration
 * order, the units they use, the log categories the runtime knows, the capability flags the native shim
 * implements, and the model structure (outputs with their declared dependencies, initial unknowns).
 */
public final class ModelDescriptionFactory {
    /** Written as generationTool, so an importer's report says which exporter made the FMU. */
    public static final String GENERATION_TOOL = "drivetwin fmu-export";

    private ModelDescriptionFactory() {
    }

    public static ModelDescription describe(SlaveDeclaration declaration, String modelIdentifier) {
        List<VariableDeclaration<?>> variables = declaration.variables();
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            indexByName.put(variables.get(i).name(), i + 1);
        }
        ModelDescription.Builder builder = ModelDescription.builder()
                .fmiVersion("2.0")
                .modelName(declaration.modelName())
                .guid(declaration.guid())
                .description(declaration.description())
                .generationTool(GENERATION_TOOL)
                .variableNamingConvention("structured")
                .coSimulation(capabilities(modelIdentifier))
                .unitDefinitions(units(variables))
                .logCategories(logCategories())
                .defaultExperiment(defaultExperiment(declaration.defaultExperiment()))
                .modelVariables(variables.stream().map(ModelDescriptionFactory::scalarVariable).toList())
                .modelStructure(structure(variables, indexByName));
        return builder.build();
    }

    /** What the shim in fmu-export/src/main/c implements; see fmi2_functions.c. */
    private static CoSimulation capabilities(String modelIdentifier) {
        return new CoSimulation(modelIdentifier, false, true, false, 0, false, false, true, true, true, false,
                List.of());
    }

    private static List<Unit> units(List<VariableDeclaration<?>> variables) {
        Map<String, Unit> used = new LinkedHashMap<>();
        for (VariableDeclaration<?> v : variables) {
            if (v instanceof RealVariable real) {
                Unit unit = UnitCatalog.find(real.unit()).orElseThrow(() -> new FmuExportException(
                        FmuExportError.UNKNOWN_UNIT, real.name(), real.unit(), UnitCatalog.names()));
                if (real.displayUnit() != null && unit.displayUnits().stream()
                        .noneMatch(d -> d.name().equals(real.displayUnit()))) {
                    throw new FmuExportException(FmuExportError.BAD_DECLARATION, real.name(), "display unit '"
                            + real.displayUnit() + "' is not a display unit of " + real.unit());
                }
                used.put(unit.name(), unit);
            }
        }
        return new ArrayList<>(used.values());
    }

    private static List<dev.drivetwin.modeldescriptions.model.LogCategory> logCategories() {
        List<dev.drivetwin.modeldescriptions.model.LogCategory> categories = new ArrayList<>();
        for (LogCategory category : LogCategory.values()) {
            categories.add(new dev.drivetwin.modeldescriptions.model.LogCategory(category.fmiName(),
                    category.description()));
        }
        return categories;
    }

    private static DefaultExperiment defaultExperiment(SlaveDeclaration.DefaultExperimentValues values) {
        if (values == null) {
            return null;
        }
        return new DefaultExperiment(orNull(values.startTime()), orNull(values.stopTime()),
                orNull(values.tolerance()), orNull(values.stepSize()));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static ScalarVariable scalarVariable(VariableDeclaration<?> v) {
        return new ScalarVariable(v.name(), v.valueReference(), v.description(), v.causality(),
                v.variability(), v.declaredInitial(), null, type(v));
    }

    private static VariableType type(VariableDeclaration<?> v) {
        if (v instanceof RealVariable r) {
            return new RealType(null, null, r.unit(), r.displayUnit(), null, r.min(), r.max(), r.nominal(), null,
                    r.start(), null, null);
        }
        if (v instanceof IntegerVariable i) {
            return new IntegerType(null, null, i.min(), i.max(), i.start());
        }
        if (v instanceof BooleanVariable b) {
            return BooleanType.of(b.start());
        }
        return StringType.of(((StringVariable) v).start());
    }

    /**
     * Outputs list their declared dependencies (absent when undeclared, which means "all"). Initial unknowns are,
     * for Co-Simulation without derivatives, the outputs whose initial value is computed (initial calculated or
     * approx, the default for outputs) and the calculated parameters (FMI 2.0 section 2.2.8).
     */
    private static ModelStructure structure(List<VariableDeclaration<?>> variables, Map<String, Integer> indexByName) {
        List<Unknown> outputs = new ArrayList<>();
        List<Unknown> initialUnknowns = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            VariableDeclaration<?> v = variables.get(i);
            int index = i + 1;
            if (v.causality() == Causality.OUTPUT) {
                List<Integer> dependencies = v.dependencies() == null ? null
                        : v.dependencies().stream().map(indexByName::get).sorted().toList();
                outputs.add(new Unknown(index, dependencies, null));
                if (v.declaredInitial() != Initial.EXACT) {
                    initialUnknowns.add(Unknown.of(index));
                }
            } else if (v.causality() == Causality.CALCULATED_PARAMETER) {
                initialUnknowns.add(Unknown.of(index));
            }
        }
        return new ModelStructure(outputs, List.of(), initialUnknowns);
    }
}
