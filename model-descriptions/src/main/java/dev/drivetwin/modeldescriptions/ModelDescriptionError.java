package dev.drivetwin.modeldescriptions;

import java.util.Locale;

/**
 * Kinds of failure of the model-descriptions module, each with its message pattern. The patterns
 * are {@link String#format} patterns; {@link #format(Object...)} fills them with the offending
 * values, in the order documented on each constant.
 */
public enum ModelDescriptionError {
    /** The XML is not well-formed. Arguments: source, line, column, element path, parser detail. */
    MALFORMED_XML("%s line %d column %d: malformed XML inside %s: %s"),
    /** A required attribute is absent. Arguments: source, line, element, attribute. */
    MISSING_ATTRIBUTE("%s line %d: %s: required attribute %s is missing"),
    /** An attribute value cannot be parsed. Arguments: source, line, element, attribute, value, expectation. */
    BAD_VALUE("%s line %d: %s: attribute %s has value '%s', expected %s"),
    /** A required child element is absent. Arguments: source, line, element, child element. */
    MISSING_ELEMENT("%s line %d: %s: required element %s is missing"),
    /** The model breaks FMI 2.0 rules. Arguments: source, count, one violation per line. */
    RULE_VIOLATIONS("%s: %d FMI 2.0 rule violation(s):%n%s"),
    /** A value cannot be written to XML. Arguments: element, attribute, value, expectation. */
    UNWRITABLE_VALUE("cannot write %s: attribute %s has value %s, expected %s"),
    /** Reading or writing a file failed. Arguments: source, action, cause message. */
    IO("%s: cannot %s: %s");

    private final String pattern;

    ModelDescriptionError(String pattern) {
        this.pattern = pattern;
    }

    /** @return the message pattern of this kind */
    public String pattern() {
        return pattern;
    }

    /**
     * Fills this kind's pattern.
     *
     * @param arguments the values in the order documented on the constant
     * @return the message
     */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
