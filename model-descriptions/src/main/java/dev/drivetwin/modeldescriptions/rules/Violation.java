package dev.drivetwin.modeldescriptions.rules;

import java.util.Objects;

/**
 * One broken FMI 2.0 rule.
 *
 * @param rule the rule id, one of {@link FmiRule#id()}, e.g. "causality-variability"
 * @param element the variable name, or an element path such as "ModelStructure/Outputs/Unknown[3]"
 *     (1-based position in its list)
 * @param message what is wrong and what was expected
 */
public record Violation(String rule, String element, String message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return element + ": " + message + " [" + rule + "]";
    }
}
