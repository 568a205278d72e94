package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules across all of ModelVariables: unique names, unique value references, one independent variable. */
final class ModelVariablesRules {

    private ModelVariablesRules() {
    }

    static void check(List<ScalarVariable> variables, List<Violation> out) {
        Set<String> names = new HashSet<>();
        for (ScalarVariable v : variables) {
            if (!names.add(v.name())) {
                out.add(FmiRule.UNIQUE_NAME.violation(v.name(), "name is used by more than one ScalarVariable"));
            }
        }
        checkValueReferences(variables, out);
        checkIndependent(variables, out);
    }

    /**
     * FMI 2.0 section 2.2.7 (valueReference) says a value reference only has to identify the value in
     * the fmi2Get/fmi2Set call of its type, so it is unique per base type, and it names the groups:
     * Real, Integer/Enumeration, Boolean, String. Enumeration values are read and written with
     * fmi2GetInteger/fmi2SetInteger, so Integer and Enumeration share one group, and an Integer and an
     * Enumeration with the same value reference collide. The same text allows "alias" variables, which
     * share a value reference because they have identical values. We accept a shared value reference
     * as an alias set when the variables have the same base type and at most one of them has a start
     * value (two start values would be two definitions of one value); anything else is reported.
     */
    private static void checkValueReferences(List<ScalarVariable> variables, List<Violation> out) {
        Map<String, List<ScalarVariable>> byReference = new LinkedHashMap<>();
        for (ScalarVariable v : variables) {
            byReference.computeIfAbsent(group(v.baseType()) + "#" + v.valueReference(), k -> new ArrayList<>()).add(v);
        }
        for (List<ScalarVariable> sharing : byReference.values()) {
            if (sharing.size() < 2) {
                continue;
            }
            boolean sameType = sharing.stream().map(ScalarVariable::baseType).distinct().count() == 1;
            long withStart = sharing.stream().filter(v -> v.type().startValue() != null).count();
            if (sameType && withStart <= 1) {
                continue;
            }
            ScalarVariable first = sharing.get(0);
            for (ScalarVariable v : sharing.subList(1, sharing.size())) {
                out.add(FmiRule.UNIQUE_VALUE_REFERENCE.violation(v.name(), "valueReference " + v.valueReference()
                        + " of this " + v.baseType().elementName() + " is also used by "
                        + first.baseType().elementName() + " '" + first.name() + "' in group "
                        + group(v.baseType()) + (sameType ? ", and more than one of them has a start value" : "")));
            }
        }
    }

    private static String group(BaseType type) {
        return type == BaseType.ENUMERATION || type == BaseType.INTEGER ? "Integer/Enumeration" : type.elementName();
    }

    private static void checkIndependent(List<ScalarVariable> variables, List<Violation> out) {
        List<ScalarVariable> independents = variables.stream()
                .filter(v -> v.effectiveCausality() == Causality.INDEPENDENT).toList();
        for (ScalarVariable v : independents) {
            if (v.baseType() != BaseType.REAL) {
                out.add(FmiRule.INDEPENDENT.violation(v.name(),
                        "independent variable is a " + v.baseType().elementName() + ", expected Real"));
            }
        }
        for (ScalarVariable v : independents.subList(Math.min(1, independents.size()), independents.size())) {
            out.add(FmiRule.INDEPENDENT.violation(v.name(), "second independent variable, '"
                    + independents.get(0).name() + "' is already independent; at most one is allowed"));
        }
    }
}
