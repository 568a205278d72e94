package dev.drivetwin.modeldescriptions.model;

/**
 * The type element of a ScalarVariable or SimpleType: one of {@code <Real>}, {@code <Integer>},
 * {@code <Boolean>}, {@code <String>}, {@code <Enumeration>} with its attributes. Implementations are
 * immutable records.
 */
public sealed interface VariableType permits RealType, IntegerType, BooleanType, StringType, EnumerationType {

    /** @return the base type this element stands for */
    BaseType baseType();

    /** @return the name of the TypeDefinitions/SimpleType this refines, or {@code null} */
    String declaredType();

    /** @return the start value ({@link Double}, {@link Integer}, {@link Boolean} or {@link String}), or {@code null} */
    Object startValue();
}
