package dev.drivetwin.cosimmaster.ssp;

/**
 * An ssd:Connector of a component: its name (the FMU variable), kind (input, output, parameter...), type
 * (Real, Integer, Boolean, String, Enumeration, or null when not given) and unit (null when not given).
 */
public record SspConnector(String name, String kind, String type, String unit, int line) {
}
