package dev.drivetwin.modeldescriptions.model;

/** An enumeration whose constants have a spelling in {@code modelDescription.xml}. */
public interface XmlNamed {
    /** @return the spelling of this constant in the XML, e.g. {@code "calculatedParameter"} */
    String xmlName();

    /**
     * Finds the constant spelled {@code xmlName}.
     *
     * @param values all constants, e.g. {@code Causality.values()}
     * @param xmlName the spelling in the XML
     * @param <E> the enumeration
     * @return the constant
     * @throws IllegalArgumentException if no constant has that spelling; the message lists the allowed ones
     */
    static <E extends XmlNamed> E fromXml(E[] values, String xmlName) {
        for (E value : values) {
            if (value.xmlName().equals(xmlName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + xmlName + "' is not one of " + allowed(values));
    }

    /**
     * @param values all constants of an enumeration
     * @return their XML spellings separated by ", ", for error messages
     */
    static String allowed(XmlNamed[] values) {
        StringBuilder text = new StringBuilder();
        for (XmlNamed value : values) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(value.xmlName());
        }
        return text.toString();
    }
}
