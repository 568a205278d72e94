package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.Variability;
import java.util.List;

/**
 * One variable a slave declares: its FMI attributes and the code that reads and writes its value. Built
 * fluently inside {@link Slave#declare}; the runtime and the model description generator read it afterwards.
 * The value reference is the declaration's position among variables of the same base type, from 0.
 *
 * @param <T> the concrete declaration type, so chained calls keep it
 */
public abstract sealed class VariableDeclaration<T extends VariableDeclaration<T>>
        permits RealVariable, IntegerVariable, BooleanVariable, StringVariable {

    private final String name;
    private final int valueReference;
    private String description;
    private Causality causality = Causality.LOCAL;
    private Variability variability;
    private Initial initial;
    private List<String> dependencies;
    private Object start;

    VariableDeclaration(String name, int valueReference) {
        this.name = name;
        this.valueReference = valueReference;
    }

    public abstract BaseType baseType();

    /** Whether a start value was declared. */
    public final boolean hasStart() {
        return start != null;
    }

    /** Whether the slave gave a setter, so the host can write this variable. */
    public abstract boolean hasSetter();

    /** Whether the slave gave a getter, so the host can read this variable. */
    public abstract boolean hasGetter();

    /** The declared start value as text, for the fingerprint; null when none. */
    final String startText() {
        return start == null ? null : start.toString();
    }

    /** The declared start value (boxed), or null; subclasses expose it typed. */
    final Object startValue() {
        return start;
    }

    final void startValue(Object value) {
        this.start = value;
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** Description shown by importers; by convention it ends with the unit in brackets, e.g. "... [K]". */
    public T description(String text) {
        this.description = text;
        return self();
    }

    public T causality(Causality value) {
        this.causality = value;
        return self();
    }

    public T variability(Variability value) {
        this.variability = value;
        return self();
    }

    public T initial(Initial value) {
        this.initial = value;
        return self();
    }

    /**
     * Names of the inputs this output depends on directly within one step (ModelStructure dependencies). No
     * arguments declares that it depends on no input; never calling it leaves the dependency unknown, which
     * importers must read as "depends on everything".
     */
    public T dependsOn(String... inputNames) {
        this.dependencies = List.of(inputNames);
        return self();
    }

    public String name() {
        return name;
    }

    public int valueReference() {
        return valueReference;
    }

    public String description() {
        return description;
    }

    public Causality causality() {
        return causality;
    }

    /** The declared variability, or null for the standard's default. */
    public Variability declaredVariability() {
        return variability;
    }

    /** The variability in effect: declared, else fixed for parameters, continuous for Real, discrete otherwise. */
    public Variability variability() {
        if (variability != null) {
            return variability;
        }
        if (causality == Causality.PARAMETER || causality == Causality.CALCULATED_PARAMETER) {
            return Variability.FIXED;
        }
        return baseType() == BaseType.REAL ? Variability.CONTINUOUS : Variability.DISCRETE;
    }

    /** The declared initial attribute, or null for the standard's default. */
    public Initial declaredInitial() {
        return initial;
    }

    /** The declared input names this output depends on, or null when undeclared. */
    public List<String> dependencies() {
        return dependencies;
    }

    /** Checks that the declaration is complete; called when {@link Slave#declare} returns. */
    void check() {
        if (!hasGetter()) {
            throw bad("no getter: every variable must be readable");
        }
        boolean writable = causality == Causality.INPUT || causality == Causality.PARAMETER
                || initial == Initial.EXACT || initial == Initial.APPROX;
        if (writable && !hasSetter()) {
            throw bad("causality " + causality.xmlName() + " needs a setter");
        }
        if (!writable && hasSetter()) {
            throw bad("has a setter but causality " + causality.xmlName()
                    + " cannot be set by the host; declare it as input or parameter");
        }
        if (writable && !hasStart()) {
            throw bad("causality " + causality.xmlName() + " needs a start value");
        }
    }

    FmuExportException bad(String reason) {
        return new FmuExportException(FmuExportError.BAD_DECLARATION, name, reason);
    }
}
