package dev.drivetwin.modeldescriptions.model;

/** Variability of a ScalarVariable (FMI 2.0 section 2.2.7). Absent in the XML means {@link #CONTINUOUS}. */
public enum Variability implements XmlNamed {
    /** Value never changes. */
    CONSTANT("constant"),
    /** Value fixed after initialization. */
    FIXED("fixed"),
    /** Value constant between external events. */
    TUNABLE("tunable"),
    /** Value changes only at events. */
    DISCRETE("discrete"),
    /** Value may change at any time; only for Real variables. The default. */
    CONTINUOUS("continuous");

    private final String xmlName;

    Variability(String xmlName) {
        this.xmlName = xmlName;
    }

    @Override
    public String xmlName() {
        return xmlName;
    }

    /**
     * @param xmlName the spelling in modelDescription.xml
     * @return the constant with that spelling
     * @throws IllegalArgumentException if there is none; the message lists the allowed spellings
     */
    public static Variability fromXml(String xmlName) {
        return XmlNamed.fromXml(values(), xmlName);
    }
}
