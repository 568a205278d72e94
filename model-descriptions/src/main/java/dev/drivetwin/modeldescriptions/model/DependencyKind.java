package dev.drivetwin.modeldescriptions.model;

/** Kind of a dependency of an unknown in ModelStructure (FMI 2.0 section 2.2.8, attribute {@code dependenciesKind}). */
public enum DependencyKind implements XmlNamed {
    /** Functional dependency of no particular form. */
    DEPENDENT("dependent"),
    /** Linear dependency with a constant factor. */
    CONSTANT("constant"),
    /** Linear dependency with a factor that depends only on fixed parameters. */
    FIXED("fixed"),
    /** Linear dependency with a factor that depends on tunable parameters. */
    TUNABLE("tunable"),
    /** Linear dependency with a factor that changes only at events. */
    DISCRETE("discrete");

    private final String xmlName;

    DependencyKind(String xmlName) {
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
    public static DependencyKind fromXml(String xmlName) {
        return XmlNamed.fromXml(values(), xmlName);
    }
}
