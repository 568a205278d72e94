package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.modeldescriptions.model.BaseType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a slave says about itself in {@link Slave#declare}: model name, description, default experiment and its
 * variables in order. It is the single source of both the generated modelDescription.xml and the runtime's
 * value-reference tables, so the two cannot drift apart; {@link #guid()} is derived from it for the same reason.
 * Not thread-safe; filled once, then only read.
 */
public final class SlaveDeclaration {
    private String modelName;
    private String description;
    private DefaultExperimentValues defaultExperiment;
    private final List<VariableDeclaration<?>> variables = new ArrayList<>();
    private final Map<BaseType, Integer> counts = new EnumMap<>(BaseType.class);
    private final Set<String> names = new HashSet<>();

    /** Default experiment as written to the model description; NaN leaves a value out. */
    public record DefaultExperimentValues(double startTime, double stopTime, double tolerance, double stepSize) {
    }

    /** Runs {@code slave.declare} on a fresh declaration and checks it is complete. */
    public static SlaveDeclaration of(Slave slave) {
        SlaveDeclaration declaration = new SlaveDeclaration();
        slave.declare(declaration);
        declaration.check(slave.getClass().getName());
        return declaration;
    }

    public SlaveDeclaration modelName(String name) {
        this.modelName = name;
        return this;
    }

    public SlaveDeclaration description(String text) {
        this.description = text;
        return this;
    }

    /** Times in [s]; tolerance relative; pass NaN for a value the model does not suggest. */
    public SlaveDeclaration defaultExperiment(double startTime, double stopTime, double tolerance, double stepSize) {
        this.defaultExperiment = new DefaultExperimentValues(startTime, stopTime, tolerance, stepSize);
        return this;
    }

    public RealVariable real(String name) {
        return add(new RealVariable(name, next(BaseType.REAL, name)));
    }

    public IntegerVariable integer(String name) {
        return add(new IntegerVariable(name, next(BaseType.INTEGER, name)));
    }

    public BooleanVariable bool(String name) {
        return add(new BooleanVariable(name, next(BaseType.BOOLEAN, name)));
    }

    public StringVariable string(String name) {
        return add(new StringVariable(name, next(BaseType.STRING, name)));
    }

    public String modelName() {
        return modelName;
    }

    public String description() {
        return description;
    }

    /** The default experiment, or null when the slave declared none. */
    public DefaultExperimentValues defaultExperiment() {
        return defaultExperiment;
    }

    /** All variables in declaration order. */
    public List<VariableDeclaration<?>> variables() {
        return Collections.unmodifiableList(variables);
    }

    /** Variables of one base type, indexed by value reference. */
    public List<VariableDeclaration<?>> variables(BaseType type) {
        return variables.stream().filter(v -> v.baseType() == type).toList();
    }

    /**
     * A GUID that changes whenever anything an importer relies on changes: name-based (RFC 4122 version 3) over
     * the model name and each variable's name, type, value reference, causality, variability, initial and start.
     */
    public String guid() {
        StringBuilder text = new StringBuilder(modelName);
        for (VariableDeclaration<?> v : variables) {
            text.append('\n').append(v.name()).append('|').append(v.baseType()).append('|')
                    .append(v.valueReference()).append('|').append(v.causality()).append('|')
                    .append(v.variability()).append('|').append(v.declaredInitial()).append('|')
                    .append(v.startText());
            if (v instanceof RealVariable real) {
                text.append('|').append(real.unit());
            }
        }
        return "{" + UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8)) + "}";
    }

    private int next(BaseType type, String name) {
        if (name == null || name.isBlank()) {
            throw new FmuExportException(FmuExportError.BAD_DECLARATION, name, "a variable needs a name");
        }
        if (!names.add(name)) {
            throw new FmuExportException(FmuExportError.DUPLICATE_VARIABLE, name);
        }
        return counts.merge(type, 1, Integer::sum) - 1;
    }

    private <V extends VariableDeclaration<V>> V add(V variable) {
        variables.add(variable);
        return variable;
    }

    private void check(String slaveClass) {
        if (modelName == null || modelName.isBlank()) {
            throw new FmuExportException(FmuExportError.BAD_SLAVE_CLASS, slaveClass, "declare() set no model name");
        }
        for (VariableDeclaration<?> v : variables) {
            v.check();
            if (v.dependencies() != null) {
                for (String input : v.dependencies()) {
                    if (!names.contains(input)) {
                        throw v.bad("depends on '" + input + "', which is not declared");
                    }
                }
            }
        }
    }
}
