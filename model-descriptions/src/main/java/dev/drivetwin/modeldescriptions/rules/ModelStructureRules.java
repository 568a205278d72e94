package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.Unknown;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on ModelStructure (FMI 2.0 section 2.2.8). Indices are 1-based into ModelVariables. */
final class ModelStructureRules {

    private ModelStructureRules() {
    }

    static void check(ModelDescription md, List<Violation> out) {
        checkList(md, "Outputs", md.modelStructure().outputs(), out);
        checkList(md, "Derivatives", md.modelStructure().derivatives(), out);
        checkList(md, "InitialUnknowns", md.modelStructure().initialUnknowns(), out);
        checkOutputs(md, out);
        checkDerivatives(md, out);
    }

    private static String path(String listName, int position) {
        return "ModelStructure/" + listName + "/Unknown[" + position + "]";
    }

    private static void checkList(ModelDescription md, String listName, List<Unknown> unknowns, List<Violation> out) {
        int n = md.modelVariables().size();
        for (int i = 0; i < unknowns.size(); i++) {
            Unknown u = unknowns.get(i);
            String element = path(listName, i + 1);
            if (u.index() < 1 || u.index() > n) {
                out.add(FmiRule.INDEX_RANGE.violation(element, "index " + u.index() + " is outside 1.." + n));
            }
            if (u.dependencies() != null) {
                for (int dependency : u.dependencies()) {
                    if (dependency < 1 || dependency > n) {
                        out.add(FmiRule.INDEX_RANGE.violation(element, "dependency " + dependency
                                + " is outside 1.." + n));
                    }
                }
            }
            if (u.dependenciesKind() != null) {
                if (u.dependencies() == null) {
                    out.add(FmiRule.DEPENDENCIES_KIND.violation(element,
                            "dependenciesKind given without dependencies"));
                } else if (u.dependenciesKind().size() != u.dependencies().size()) {
                    out.add(FmiRule.DEPENDENCIES_KIND.violation(element, "dependenciesKind has "
                            + u.dependenciesKind().size() + " entries, expected " + u.dependencies().size()
                            + " (one per dependency)"));
                }
            }
        }
    }

    private static void checkOutputs(ModelDescription md, List<Violation> out) {
        List<Unknown> outputs = md.modelStructure().outputs();
        Set<Integer> listed = new HashSet<>();
        int previous = 0;
        for (int i = 0; i < outputs.size(); i++) {
            int index = outputs.get(i).index();
            String element = path("Outputs", i + 1);
            Optional<ScalarVariable> variable = md.variableAt(index);
            if (variable.isPresent() && variable.get().effectiveCausality() != Causality.OUTPUT) {
                out.add(FmiRule.OUTPUTS.violation(element, "index " + index + " refers to '" + variable.get().name()
                        + "' with causality " + variable.get().effectiveCausality().xmlName() + ", expected output"));
            }
            if (!listed.add(index)) {
                out.add(FmiRule.OUTPUTS.violation(element, "index " + index + " is listed more than once"));
            } else if (index < previous) {
                out.add(FmiRule.OUTPUTS.violation(element, "index " + index + " follows " + previous
                        + ", expected ascending variable order"));
            }
            previous = Math.max(previous, index);
        }
        List<ScalarVariable> variables = md.modelVariables();
        for (int i = 0; i < variables.size(); i++) {
            ScalarVariable v = variables.get(i);
            if (v.effectiveCausality() == Causality.OUTPUT && !listed.contains(i + 1)) {
                out.add(FmiRule.OUTPUTS.violation(v.name(), "output variable (index " + (i + 1)
                        + ") is not listed in ModelStructure/Outputs"));
            }
        }
    }

    private static void checkDerivatives(ModelDescription md, List<Violation> out) {
        List<Unknown> derivatives = md.modelStructure().derivatives();
        for (int i = 0; i < derivatives.size(); i++) {
            int index = derivatives.get(i).index();
            Optional<ScalarVariable> variable = md.variableAt(index);
            if (variable.isEmpty()) {
                continue; // reported by the index range check
            }
            ScalarVariable v = variable.get();
            if (!(v.type() instanceof RealType real) || real.derivative() == null) {
                out.add(FmiRule.DERIVATIVES.violation(path("Derivatives", i + 1), "index " + index + " refers to "
                        + v.baseType().elementName() + " '" + v.name()
                        + "', expected a Real variable with a derivative attribute"));
            }
        }
    }
}
