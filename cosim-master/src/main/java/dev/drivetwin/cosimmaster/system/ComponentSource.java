package dev.drivetwin.cosimmaster.system;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a component comes from: its name, its .fmu file, parameter start values (text in each variable's type, set
 * in this order) and its step multiple (1 = every base step). Immutable.
 */
public record ComponentSource(String name, Path fmu, Map<String, String> startValues, int stepMultiple) {
    public ComponentSource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a component needs a name (FMU " + fmu + ")");
        }
        if (stepMultiple < 1) {
            throw new IllegalArgumentException("component '" + name + "': step multiple " + stepMultiple
                    + " must be at least 1");
        }
        startValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(startValues));
    }

    public ComponentSource(String name, Path fmu) {
        this(name, fmu, Map.of(), 1);
    }
}
