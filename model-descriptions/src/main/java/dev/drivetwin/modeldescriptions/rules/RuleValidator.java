package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a {@link ModelDescription} against the FMI 2.0 rules listed in {@link FmiRule}. Stateless
 * and thread-safe.
 */
public final class RuleValidator {

    private RuleValidator() {
    }

    /**
     * @param md the model description
     * @return every violation found, in the order header, variables, references, structure; empty if valid
     */
    public static List<Violation> validate(ModelDescription md) {
        List<Violation> out = new ArrayList<>();
        HeaderRules.check(md, out);
        ModelVariablesRules.check(md.modelVariables(), out);
        for (ScalarVariable v : md.modelVariables()) {
            VariableRules.check(v, out);
        }
        ReferenceRules.check(md, out);
        ModelStructureRules.check(md, out);
        return List.copyOf(out);
    }

    /**
     * @param md the model description
     * @param sourceName the file name for the message
     * @throws ModelDescriptionException RULE_VIOLATIONS listing every violation, one per line
     */
    public static void requireValid(ModelDescription md, String sourceName) {
        List<Violation> violations = validate(md);
        if (!violations.isEmpty()) {
            throw new ModelDescriptionException(ModelDescriptionError.RULE_VIOLATIONS, sourceName, violations.size(),
                    violations.stream().map(v -> "  " + v).collect(Collectors.joining(System.lineSeparator())));
        }
    }
}
