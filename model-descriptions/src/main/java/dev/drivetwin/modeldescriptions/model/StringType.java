package dev.drivetwin.modeldescriptions.model;

/**
 * Attributes of a {@code <String>} element. Every component is optional ({@code null} = absent).
 *
 * @param declaredType name of a String SimpleType this variable refines
 * @param start start value
 */
public record StringType(String declaredType, String start) implements VariableType {

    /**
     * @param start start value, or {@code null}
     * @return a String with only a start value
     */
    public static StringType of(String start) {
        return new StringType(null, start);
    }

    @Override
    public BaseType baseType() {
        return BaseType.STRING;
    }

    @Override
    public Object startValue() {
        return start;
    }
}
