package dev.drivetwin.modeldescriptions.model;

/** The five base types of FMI 2.0 variables, named after their XML element. */
public enum BaseType {
    /** {@code <Real>}, accessed with fmi2GetReal/fmi2SetReal. */
    REAL("Real"),
    /** {@code <Integer>}, accessed with fmi2GetInteger/fmi2SetInteger. */
    INTEGER("Integer"),
    /** {@code <Boolean>}, accessed with fmi2GetBoolean/fmi2SetBoolean. */
    BOOLEAN("Boolean"),
    /** {@code <String>}, accessed with fmi2GetString/fmi2SetString. */
    STRING("String"),
    /** {@code <Enumeration>}, accessed with fmi2GetInteger/fmi2SetInteger. */
    ENUMERATION("Enumeration");

    private final String elementName;

    BaseType(String elementName) {
        this.elementName = elementName;
    }

    /** @return the XML element name, e.g. {@code "Real"} */
    public String elementName() {
        return elementName;
    }
}
