package dev.drivetwin.modeldescriptions.model;

/** How a ScalarVariable is initialized (FMI 2.0 section 2.2.7, attribute {@code initial}). */
public enum Initial implements XmlNamed {
    /** Initialized with the start value. */
    EXACT("exact"),
    /** Solved during initialization, with the start value as iteration start. */
    APPROX("approx"),
    /** Calculated from other variables during initialization; no start value allowed. */
    CALCULATED("calculated");

    private final String xmlName;

    Initial(String xmlName) {
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
    public static Initial fromXml(String xmlName) {
        return XmlNamed.fromXml(values(), xmlName);
    }

    /**
     * The default of {@code initial} when the attribute is absent (FMI 2.0 section 2.2.7, table of
     * allowed {@code initial} values per causality and variability).
     *
     * @param causality the effective causality
     * @param variability the effective variability
     * @return the default, or {@code null} when the combination has no {@code initial}
     *     (input, independent) or is itself not allowed
     */
    public static Initial defaultFor(Causality causality, Variability variability) {
        switch (variability) {
            case CONSTANT:
                return causality == Causality.OUTPUT || causality == Causality.LOCAL ? EXACT : null;
            case FIXED:
            case TUNABLE:
                if (causality == Causality.PARAMETER) {
                    return EXACT;
                }
                return causality == Causality.CALCULATED_PARAMETER || causality == Causality.LOCAL
                        ? CALCULATED : null;
            default:
                return causality == Causality.OUTPUT || causality == Causality.LOCAL ? CALCULATED : null;
        }
    }
}
