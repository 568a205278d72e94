package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.SimpleType;
import dev.drivetwin.modeldescriptions.model.Unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rules on references from variables and types to other parts of the description: declaredType to
 * TypeDefinitions, unit and displayUnit to UnitDefinitions, the derivative attribute to a variable.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static void check(ModelDescription md, List<Violation> out) {
        Map<String, SimpleType> types = md.typeDefinitions().stream()
                .collect(Collectors.toMap(SimpleType::name, Function.identity(), (a, b) -> a));
        Map<String, Unit> units = md.unitDefinitions().stream()
                .collect(Collectors.toMap(Unit::name, Function.identity(), (a, b) -> a));
        for (SimpleType type : md.typeDefinitions()) {
            if (type.type() instanceof RealType real) {
                checkUnits("TypeDefinitions/SimpleType '" + type.name() + "'", real.unit(), real.displayUnit(), units,
                        out);
            }
        }
        for (ScalarVariable v : md.modelVariables()) {
            SimpleType declared = checkDeclaredType(v, types, out);
            if (v.type() instanceof RealType real) {
                Optional<RealType> declaredReal = Optional.ofNullable(declared).map(SimpleType::type)
                        .filter(RealType.class::isInstance).map(RealType.class::cast);
                String unit = real.unit() != null ? real.unit() : declaredReal.map(RealType::unit).orElse(null);
                String displayUnit = real.displayUnit() != null ? real.displayUnit()
                        : declaredReal.map(RealType::displayUnit).orElse(null);
                checkUnits(v.name(), unit, displayUnit, units, out);
                checkDerivative(md, v, real.derivative(), out);
            }
        }
    }

    private static SimpleType checkDeclaredType(ScalarVariable v, Map<String, SimpleType> types, List<Violation> out) {
        String declaredType = v.type().declaredType();
        if (declaredType == null) {
            if (v.baseType() == BaseType.ENUMERATION) {
                out.add(FmiRule.DECLARED_TYPE.violation(v.name(),
                        "Enumeration without declaredType, expected the name of an Enumeration SimpleType"));
            }
            return null;
        }
        SimpleType type = types.get(declaredType);
        if (type == null) {
            out.add(FmiRule.DECLARED_TYPE.violation(v.name(), "declaredType '" + declaredType
                    + "' is not defined in TypeDefinitions"));
            return null;
        }
        if (type.type().baseType() != v.baseType()) {
            out.add(FmiRule.DECLARED_TYPE.violation(v.name(), "declaredType '" + declaredType + "' is a "
                    + type.type().baseType().elementName() + " type, expected a " + v.baseType().elementName()
                    + " type"));
        }
        return type;
    }

    /** Units are only checked when UnitDefinitions are given; without them any unit name is accepted. */
    private static void checkUnits(String element, String unit, String displayUnit, Map<String, Unit> units,
            List<Violation> out) {
        if (units.isEmpty()) {
            return;
        }
        Unit defined = unit == null ? null : units.get(unit);
        if (unit != null && defined == null) {
            out.add(FmiRule.UNIT_DEFINED.violation(element, "unit '" + unit + "' is not defined in UnitDefinitions"));
        }
        if (displayUnit == null) {
            return;
        }
        if (unit == null) {
            out.add(FmiRule.UNIT_DEFINED.violation(element, "displayUnit '" + displayUnit + "' without a unit"));
        } else if (defined != null
                && defined.displayUnits().stream().map(DisplayUnit::name).noneMatch(displayUnit::equals)) {
            out.add(FmiRule.UNIT_DEFINED.violation(element, "displayUnit '" + displayUnit
                    + "' is not a DisplayUnit of unit '" + unit + "'"));
        }
    }

    private static void checkDerivative(ModelDescription md, ScalarVariable v, Integer derivative,
            List<Violation> out) {
        if (derivative == null) {
            return;
        }
        Optional<ScalarVariable> state = md.variableAt(derivative);
        if (state.isEmpty()) {
            out.add(FmiRule.DERIVATIVE_ATTRIBUTE.violation(v.name(), "derivative " + derivative
                    + " is not a variable index, expected 1.." + md.modelVariables().size()));
        } else if (state.get().baseType() != BaseType.REAL) {
            out.add(FmiRule.DERIVATIVE_ATTRIBUTE.violation(v.name(), "derivative " + derivative + " refers to "
                    + state.get().baseType().elementName() + " '" + state.get().name() + "', expected a Real"));
        }
    }
}
