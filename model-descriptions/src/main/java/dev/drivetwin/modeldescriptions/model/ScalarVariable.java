package dev.drivetwin.modeldescriptions.model;

import java.util.Objects;

/**
 * One {@code <ScalarVariable>} of ModelVariables.
 *
 * @param name unique name of the variable, required
 * @param valueReference handle used in fmi2Get/fmi2Set calls, an unsigned 32-bit integer
 * @param description free text; drivetwin ends it with the unit, e.g. "Cell terminal voltage [V]"
 * @param causality causality, {@code null} = absent (means local)
 * @param variability variability, {@code null} = absent (means continuous)
 * @param initial initial, {@code null} = absent (the default depends on causality and variability)
 * @param canHandleMultipleSetPerTimeInstant Model Exchange input flag, {@code null} = absent
 * @param type the type element with its attributes, required
 * @throws NullPointerException if name or type is null
 * @throws IllegalArgumentException if valueReference is outside 0..4294967295
 */
public record ScalarVariable(String name, long valueReference, String description, Causality causality,
        Variability variability, Initial initial, Boolean canHandleMultipleSetPerTimeInstant, VariableType type) {

    /** Largest value reference, the maximum of fmi2ValueReference (unsigned int). */
    public static final long MAX_VALUE_REFERENCE = 0xFFFF_FFFFL;

    public ScalarVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (valueReference < 0 || valueReference > MAX_VALUE_REFERENCE) {
            throw new IllegalArgumentException("valueReference of " + name + " is " + valueReference
                    + ", expected 0.." + MAX_VALUE_REFERENCE);
        }
    }

    /**
     * @param name variable name
     * @param valueReference value reference
     * @param causality causality, or {@code null}
     * @param variability variability, or {@code null}
     * @param type type element
     * @return a variable without description, initial and canHandleMultipleSetPerTimeInstant
     */
    public static ScalarVariable of(String name, long valueReference, Causality causality, Variability variability,
            VariableType type) {
        return new ScalarVariable(name, valueReference, null, causality, variability, null, null, type);
    }

    /** @return causality, or the standard's default {@link Causality#LOCAL} when absent */
    public Causality effectiveCausality() {
        return causality == null ? Causality.LOCAL : causality;
    }

    /** @return variability, or the standard's default {@link Variability#CONTINUOUS} when absent */
    public Variability effectiveVariability() {
        return variability == null ? Variability.CONTINUOUS : variability;
    }

    /**
     * @return initial, or its default for the effective causality and variability; {@code null} when
     *     the combination has no initial (inputs, the independent variable)
     */
    public Initial effectiveInitial() {
        return initial != null ? initial : Initial.defaultFor(effectiveCausality(), effectiveVariability());
    }

    /** @return the base type of {@link #type()} */
    public BaseType baseType() {
        return type.baseType();
    }
}
