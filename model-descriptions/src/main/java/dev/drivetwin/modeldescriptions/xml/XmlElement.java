package dev.drivetwin.modeldescriptions.xml;

import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.XmlNamed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One element of a parsed modelDescription.xml with its attributes, children and position, and the
 * typed attribute access the reader needs. Every parse failure names source, line and {@link #label()}.
 */
final class XmlElement {

    /** Lexical space of xs:double, without the special values INF, -INF and NaN. */
    private static final Pattern XS_DOUBLE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern XS_INT = Pattern.compile("[+-]?\\d+");

    private final String source;
    private final String name;
    private final String label;
    private final int line;
    private final int column;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();

    XmlElement(String source, XmlElement parent, String name, int line, int column, Map<String, String> attributes) {
        this.source = source;
        this.name = name;
        this.line = line;
        this.column = column;
        this.attributes.putAll(attributes);
        String ownName = attributes.get("name");
        if (ownName != null) {
            this.label = name + " '" + ownName + "'";
        } else if (parent == null || parent.parentless()) {
            this.label = name;
        } else {
            this.label = parent.label + "/" + name;
        }
        if (parent != null) {
            parent.children.add(this);
        }
    }

    private boolean parentless() {
        return "fmiModelDescription".equals(name);
    }

    String name() {
        return name;
    }

    /** @return a readable position in the document, e.g. "ScalarVariable 'x'" or "ModelStructure/Outputs" */
    String label() {
        return label;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** @return the children of child {@code listName} named {@code itemName}, empty if there is no such child */
    List<XmlElement> grandchildren(String listName, String itemName) {
        return child(listName).map(c -> c.children(itemName)).orElse(List.of());
    }

    String text(String attribute) {
        return attributes.get(attribute);
    }

    String requiredText(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            throw new ModelDescriptionException(ModelDescriptionError.MISSING_ATTRIBUTE, source, line, label, attribute);
        }
        return value;
    }

    Double optionalDouble(String attribute) {
        String value = attributes.get(attribute);
        return value == null ? null : parseDouble(attribute, value.strip());
    }

    double doubleOr(String attribute, double absent) {
        Double value = optionalDouble(attribute);
        return value == null ? absent : value;
    }

    Integer optionalInt(String attribute) {
        String value = attributes.get(attribute);
        return value == null ? null : parseInt(attribute, value.strip());
    }

    int requiredInt(String attribute) {
        return parseInt(attribute, requiredText(attribute).strip());
    }

    int intOr(String attribute, int absent) {
        Integer value = optionalInt(attribute);
        return value == null ? absent : value;
    }

    long requiredUnsignedInt(String attribute) {
        String value = requiredText(attribute).strip();
        try {
            if (XS_INT.matcher(value).matches()) {
                long parsed = Long.parseLong(value);
                if (parsed >= 0 && parsed <= 0xFFFF_FFFFL) {
                    return parsed;
                }
            }
        } catch (NumberFormatException e) {
            // too many digits: reported below
        }
        throw bad(attribute, value, "an unsigned 32-bit integer (0..4294967295)");
    }

    Boolean optionalBoolean(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            return null;
        }
        switch (value.strip()) {
            case "true":
            case "1":
                return Boolean.TRUE;
            case "false":
            case "0":
                return Boolean.FALSE;
            default:
                throw bad(attribute, value, "one of true, false, 1, 0");
        }
    }

    boolean booleanOr(String attribute, boolean absent) {
        Boolean value = optionalBoolean(attribute);
        return value == null ? absent : value;
    }

    <E extends XmlNamed> E optionalEnum(String attribute, E[] values) {
        String value = attributes.get(attribute);
        return value == null ? null : parseEnum(attribute, value, value.strip(), values);
    }

    /** @return the whitespace-separated integers of the attribute, {@code null} when absent */
    List<Integer> optionalIntList(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            return null;
        }
        List<Integer> result = new ArrayList<>();
        for (String token : tokens(value)) {
            result.add(parseInt(attribute, token));
        }
        return result;
    }

    /** @return the whitespace-separated constants of the attribute, {@code null} when absent */
    <E extends XmlNamed> List<E> optionalEnumList(String attribute, E[] values) {
        String value = attributes.get(attribute);
        if (value == null) {
            return null;
        }
        List<E> result = new ArrayList<>();
        for (String token : tokens(value)) {
            result.add(parseEnum(attribute, value, token, values));
        }
        return result;
    }

    ModelDescriptionException missingChild(String expected) {
        return new ModelDescriptionException(ModelDescriptionError.MISSING_ELEMENT, source, line, label, expected);
    }

    ModelDescriptionException bad(String attribute, String value, String expected) {
        return new ModelDescriptionException(ModelDescriptionError.BAD_VALUE, source, line, label, attribute, value,
                expected);
    }

    private static List<String> tokens(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    private double parseDouble(String attribute, String value) {
        switch (value) {
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                if (XS_DOUBLE.matcher(value).matches()) {
                    return Double.parseDouble(value);
                }
                throw bad(attribute, value, "a number (xs:double)");
        }
    }

    private int parseInt(String attribute, String value) {
        try {
            if (XS_INT.matcher(value).matches()) {
                return Integer.parseInt(value);
            }
        } catch (NumberFormatException e) {
            // out of range: reported below
        }
        throw bad(attribute, value, "a 32-bit integer");
    }

    private <E extends XmlNamed> E parseEnum(String attribute, String whole, String token, E[] values) {
        for (E constant : values) {
            if (constant.xmlName().equals(token)) {
                return constant;
            }
        }
        throw bad(attribute, whole, "one of " + XmlNamed.allowed(values));
    }
}
