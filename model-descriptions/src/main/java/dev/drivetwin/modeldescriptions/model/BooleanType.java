package dev.drivetwin.modeldescriptions.model;

/**
 * Attributes of a {@code <Boolean>} element. Every component is optional ({@code null} = absent).
 *
 * @param declaredType name of a Boolean SimpleType this variable refines
 * @param start start value
 */
public record BooleanType(String declaredType, Boolean start) implements VariableType {

    /**
     * @param start start value, or {@code null}
     * @return a Boolean with only a start value
     */
    public static BooleanType of(Boolean start) {
        return new BooleanType(null, start);
    }

    @Override
    public BaseType baseType() {
        return BaseType.BOOLEAN;
    }

    @Override
    public Object startValue() {
        return start;
    }
}
