package dev.drivetwin.modeldescriptions.model;

/** Causality of a ScalarVariable (FMI 2.0 section 2.2.7). Absent in the XML means {@link #LOCAL}. */
public enum Causality implements XmlNamed {
    /** Independent parameter, set by the environment; start value required. */
    PARAMETER("parameter"),
    /** Parameter computed from other parameters during initialization. */
    CALCULATED_PARAMETER("calculatedParameter"),
    /** Value provided from outside; start value required. */
    INPUT("input"),
    /** Value provided to the outside; must be listed in ModelStructure/Outputs. */
    OUTPUT("output"),
    /** Internal variable, the default. */
    LOCAL("local"),
    /** The independent variable, normally time [s]; Real, continuous, without start. */
    INDEPENDENT("independent");

    private final String xmlName;

    Causality(String xmlName) {
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
    public static Causality fromXml(String xmlName) {
        return XmlNamed.fromXml(values(), xmlName);
    }
}
