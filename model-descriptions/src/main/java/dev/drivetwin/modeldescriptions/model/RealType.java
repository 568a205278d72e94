package dev.drivetwin.modeldescriptions.model;

/**
 * Attributes of a {@code <Real>} element. Every component is optional ({@code null} = absent).
 * Values of {@code min}, {@code max}, {@code nominal} and {@code start} are in {@code unit}.
 *
 * @param declaredType name of a Real SimpleType this variable refines
 * @param quantity physical quantity, e.g. "ElectricPotential"
 * @param unit name of a Unit of UnitDefinitions, e.g. "V"
 * @param displayUnit name of a DisplayUnit of {@code unit}, e.g. "kV"
 * @param relativeQuantity true if offsets must be ignored in unit conversion (a difference)
 * @param min lower bound
 * @param max upper bound
 * @param nominal nominal magnitude, for scaling
 * @param unbounded true if no tolerance control should be applied to this state
 * @param start start value
 * @param derivative 1-based index of the variable this one is the derivative of
 * @param reinit true if this state can be reinitialized at an event (Model Exchange)
 */
public record RealType(String declaredType, String quantity, String unit, String displayUnit, Boolean relativeQuantity,
        Double min, Double max, Double nominal, Boolean unbounded, Double start, Integer derivative, Boolean reinit)
        implements VariableType {

    /**
     * @param unit unit name, or {@code null}
     * @param start start value in {@code unit}, or {@code null}
     * @return a Real with only unit and start
     */
    public static RealType of(String unit, Double start) {
        return new RealType(null, null, unit, null, null, null, null, null, null, start, null, null);
    }

    @Override
    public BaseType baseType() {
        return BaseType.REAL;
    }

    @Override
    public Object startValue() {
        return start;
    }
}
