package dev.drivetwin.modeldescriptions.model;

/**
 * Attributes of an {@code <Enumeration>} element. On a ScalarVariable the standard requires
 * {@code declaredType} (checked by the rules, not here); inside a SimpleType it is {@code null} and
 * the items are on {@link SimpleType#items()}.
 *
 * @param declaredType name of the Enumeration SimpleType that lists the items
 * @param quantity physical quantity
 * @param min lower bound of item values
 * @param max upper bound of item values
 * @param start start value (an item value)
 */
public record EnumerationType(String declaredType, String quantity, Integer min, Integer max, Integer start)
        implements VariableType {

    /**
     * @param declaredType name of the Enumeration SimpleType
     * @param start start item value, or {@code null}
     * @return an Enumeration with only declaredType and start
     */
    public static EnumerationType of(String declaredType, Integer start) {
        return new EnumerationType(declaredType, null, null, null, start);
    }

    @Override
    public BaseType baseType() {
        return BaseType.ENUMERATION;
    }

    @Override
    public Object startValue() {
        return start;
    }
}
