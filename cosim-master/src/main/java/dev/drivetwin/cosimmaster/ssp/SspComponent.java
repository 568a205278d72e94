package dev.drivetwin.cosimmaster.ssp;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ssd:Component: its name, the .fmu it instantiates (resolved against the .ssd's folder), its declared
 * connectors, its parameter values (text in each variable's type, in file order), and whether the file asks for it
 * to run out of process (drivetwin's annotation, see {@link SspLoader}). Immutable.
 */
public record SspComponent(String name, Path fmu, Map<String, SspConnector> connectors,
        Map<String, String> parameters, int line, boolean outOfProcess) {
    public SspComponent {
        connectors = Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
