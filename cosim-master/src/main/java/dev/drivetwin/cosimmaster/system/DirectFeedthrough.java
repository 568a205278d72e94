package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.Unknown;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which inputs each output of an FMU depends on within the same instant (direct feedthrough), from
 * ModelStructure/Outputs. Absent information is taken at its most cautious: an output not listed, or listed without
 * a {@code dependencies} attribute, depends on every input. Immutable.
 */
public final class DirectFeedthrough {
    /** Every output depends on every input: what an FMU without dependency information must be assumed to do. */
    public static final DirectFeedthrough ALL = new DirectFeedthrough(Map.of(), true);
    /** No output depends directly on any input. */
    public static final DirectFeedthrough NONE = new DirectFeedthrough(Map.of(), false);

    private final Map<String, Set<String>> inputsOfOutput;
    private final boolean unlistedDependOnAll;

    private DirectFeedthrough(Map<String, Set<String>> inputsOfOutput, boolean unlistedDependOnAll) {
        this.inputsOfOutput = inputsOfOutput;
        this.unlistedDependOnAll = unlistedDependOnAll;
    }

    /** Explicit dependencies, for FMUs described in code (tests); unlisted outputs depend on nothing. */
    public static DirectFeedthrough of(Map<String, Set<String>> inputsOfOutput) {
        Map<String, Set<String>> copy = new HashMap<>();
        inputsOfOutput.forEach((output, inputs) -> copy.put(output, Set.copyOf(inputs)));
        return new DirectFeedthrough(Map.copyOf(copy), false);
    }

    /** From the model description's ModelStructure/Outputs; indices are 1-based into ModelVariables. */
    public static DirectFeedthrough of(ModelDescription description) {
        List<ScalarVariable> variables = description.modelVariables();
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (Unknown output : description.modelStructure().outputs()) {
            if (output.dependencies() == null) {
                continue; // absent attribute: depends on everything, as an unlisted output
            }
            Set<String> inputs = new HashSet<>();
            for (int index : output.dependencies()) {
                ScalarVariable variable = variables.get(index - 1);
                if (variable.causality() == Causality.INPUT) {
                    inputs.add(variable.name());
                }
            }
            dependencies.put(variables.get(output.index() - 1).name(), Set.copyOf(inputs));
        }
        return new DirectFeedthrough(Map.copyOf(dependencies), true);
    }

    /** Whether {@code output} changes at once when {@code input} is set. */
    public boolean dependsOn(String output, String input) {
        Set<String> inputs = inputsOfOutput.get(output);
        return inputs == null ? unlistedDependOnAll : inputs.contains(input);
    }
}
