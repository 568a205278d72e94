package dev.drivetwin.cosimmaster.ssp;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ssd:Component: its name, the .fmu it instantiates (resolved against the .ssd's folder), its declared
 * connectors and its parameter values (text in each variable's type, in file order). Immutable.
 */
public record SspComponent(String name, Path fmu, Map<String, SspConnector> connectors,
        Map<String, String> parameters, int line) {
    public SspComponent {
        connectors = Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
