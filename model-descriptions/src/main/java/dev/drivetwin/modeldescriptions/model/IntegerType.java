package dev.drivetwin.modeldescriptions.model;

/**
 * Attributes of an {@code <Integer>} element. Every component is optional ({@code null} = absent).
 *
 * @param declaredType name of an Integer SimpleType this variable refines
 * @param quantity physical quantity
 * @param min lower bound
 * @param max upper bound
 * @param start start value
 */
public record IntegerType(String declaredType, String quantity, Integer min, Integer max, Integer start)
        implements VariableType {

    /**
     * @param start start value, or {@code null}
     * @return an Integer with only a start value
     */
    public static IntegerType of(Integer start) {
        return new IntegerType(null, null, null, null, start);
    }

    @Override
    public BaseType baseType() {
        return BaseType.INTEGER;
    }

    @Override
    public Object startValue() {
        return start;
    }
}
