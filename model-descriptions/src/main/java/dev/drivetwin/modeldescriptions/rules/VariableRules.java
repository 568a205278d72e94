package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.EnumerationType;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.IntegerType;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.Variability;
import dev.drivetwin.modeldescriptions.model.XmlNamed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules on one ScalarVariable by itself: causality/variability, initial, start and bounds
 * (FMI 2.0 section 2.2.7).
 */
final class VariableRules {

    private VariableRules() {
    }

    static void check(ScalarVariable v, List<Violation> out) {
        Causality causality = v.effectiveCausality();
        Variability variability = v.effectiveVariability();
        boolean combinationAllowed = CausalityVariabilityTable.allowed(causality, variability);
        if (!combinationAllowed) {
            out.add(FmiRule.CAUSALITY_VARIABILITY.violation(v.name(), "causality " + causality.xmlName()
                    + " with variability " + variability.xmlName() + " is not allowed by the table of FMI 2.0 2.2.7"));
        }
        if (variability == Variability.CONTINUOUS && v.baseType() != BaseType.REAL) {
            out.add(FmiRule.CONTINUOUS_ONLY_REAL.violation(v.name(), "variability continuous on a "
                    + v.baseType().elementName() + " variable, expected a Real or a variability other than continuous"));
        }
        if (combinationAllowed && v.initial() != null) {
            Set<Initial> allowed = CausalityVariabilityTable.allowedInitials(causality, variability);
            if (!allowed.contains(v.initial())) {
                out.add(FmiRule.INITIAL.violation(v.name(), "initial " + v.initial().xmlName() + " with causality "
                        + causality.xmlName() + " and variability " + variability.xmlName() + ", expected "
                        + (allowed.isEmpty() ? "no initial attribute" : "one of " + names(allowed))));
            }
        }
        checkStart(v, causality, variability, out);
        checkRange(v, out);
    }

    private static void checkStart(ScalarVariable v, Causality causality, Variability variability,
            List<Violation> out) {
        Initial initial = v.effectiveInitial();
        boolean hasStart = v.type().startValue() != null;
        boolean forbidden = initial == Initial.CALCULATED || causality == Causality.INDEPENDENT;
        boolean required = initial == Initial.EXACT || initial == Initial.APPROX || causality == Causality.INPUT
                || causality == Causality.PARAMETER || variability == Variability.CONSTANT;
        if (hasStart && forbidden) {
            out.add(FmiRule.START_FORBIDDEN.violation(v.name(), "start " + v.type().startValue() + " given, but "
                    + (causality == Causality.INDEPENDENT ? "the independent variable" : "initial calculated")
                    + " must not have a start value"));
        } else if (!hasStart && required && !forbidden) {
            out.add(FmiRule.START_REQUIRED.violation(v.name(), "no start value, but causality " + causality.xmlName()
                    + ", variability " + variability.xmlName()
                    + (initial == null ? "" : ", initial " + initial.xmlName()) + " requires one"));
        }
    }

    private static void checkRange(ScalarVariable v, List<Violation> out) {
        if (v.type() instanceof RealType r) {
            checkRange(v.name(), r.min(), r.max(), r.start(), out);
        } else if (v.type() instanceof IntegerType i) {
            checkRange(v.name(), toDouble(i.min()), toDouble(i.max()), toDouble(i.start()), out);
        } else if (v.type() instanceof EnumerationType e) {
            checkRange(v.name(), toDouble(e.min()), toDouble(e.max()), toDouble(e.start()), out);
        }
    }

    private static void checkRange(String name, Double min, Double max, Double start, List<Violation> out) {
        if (min != null && max != null && !(min <= max)) {
            out.add(FmiRule.START_IN_RANGE.violation(name, "min " + min + " > max " + max));
        }
        if (start != null && min != null && !(start >= min)) {
            out.add(FmiRule.START_IN_RANGE.violation(name, "start " + start + " < min " + min));
        }
        if (start != null && max != null && !(start <= max)) {
            out.add(FmiRule.START_IN_RANGE.violation(name, "start " + start + " > max " + max));
        }
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static String names(Set<? extends XmlNamed> values) {
        return values.stream().map(XmlNamed::xmlName).collect(Collectors.joining(", "));
    }
}
