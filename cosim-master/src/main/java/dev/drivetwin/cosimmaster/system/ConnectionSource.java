package dev.drivetwin.cosimmaster.system;

/**
 * A connection as a system file declares it, before the units are resolved against the FMUs.
 *
 * @param sourceUnit the unit the system file gives the source connector, or null to take the FMU variable's
 * @param targetUnit likewise for the target
 * @param origin where it was declared, for messages, e.g. "system.ssd line 41"
 */
public record ConnectionSource(Connector source, Connector target, LinearTransformation transformation,
        String sourceUnit, String targetUnit, String origin) {

    /** A plain connection declared in code. */
    public static ConnectionSource of(String source, String target) {
        return new ConnectionSource(parse(source), parse(target), LinearTransformation.IDENTITY, null, null,
                "connection " + source + " -> " + target);
    }

    /** {@code component.variable}; the variable name may itself contain dots. */
    public static Connector parse(String connector) {
        int dot = connector.indexOf('.');
        if (dot <= 0 || dot == connector.length() - 1) {
            throw new IllegalArgumentException("'" + connector + "' is not component.variable");
        }
        return new Connector(connector.substring(0, dot), connector.substring(dot + 1));
    }
}
