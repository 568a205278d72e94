package dev.drivetwin.cosimmaster.ssp;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuArchive;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import dev.drivetwin.cosimmaster.system.ComponentSource;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import dev.drivetwin.cosimmaster.system.UnitCatalogue;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;

/**
 * What an SSP system structure file describes, before any FMU is loaded: components, connections, units and the
 * default experiment. For an .ssp it also owns the unpacked archive, deleted by {@link #close}. Immutable.
 */
public final class SystemStructure implements Closeable {
    private final Path file;
    private final String name;
    private final List<SspComponent> components;
    private final List<ConnectionSource> connections;
    private final Map<String, BaseUnit> units;
    private final Double startTime;
    private final Double stopTime;
    private final FmuArchive unpacked;

    SystemStructure(Path file, String name, List<SspComponent> components, List<ConnectionSource> connections,
            Map<String, BaseUnit> units, Double startTime, Double stopTime, FmuArchive unpacked) {
        this.file = file;
        this.name = name;
        this.components = List.copyOf(components);
        this.connections = List.copyOf(connections);
        this.units = Map.copyOf(units);
        this.startTime = startTime;
        this.stopTime = stopTime;
        this.unpacked = unpacked;
    }

    /** The .ssd or .ssp file, for messages. */
    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    public List<SspComponent> components() {
        return components;
    }

    public List<ConnectionSource> connections() {
        return connections;
    }

    /** ssd:DefaultExperiment startTime [s], if given. */
    public OptionalDouble startTime() {
        return startTime == null ? OptionalDouble.empty() : OptionalDouble.of(startTime);
    }

    /** ssd:DefaultExperiment stopTime [s], if given. */
    public OptionalDouble stopTime() {
        return stopTime == null ? OptionalDouble.empty() : OptionalDouble.of(stopTime);
    }

    /** Loads every FMU in this process and checks the connections against them; see {@link LoadedSystem}. */
    public LoadedSystem load(Map<String, Integer> stepMultiples) {
        return load(stepMultiples, Map.of(), (fmu, component) -> fmu.instantiate(component));
    }

    /** As {@link #load(Map)}, with parameter values (component -> parameter -> value) over the file's own. */
    public LoadedSystem load(Map<String, Integer> stepMultiples, Map<String, Map<String, String>> parameters) {
        return load(stepMultiples, parameters, (fmu, component) -> fmu.instantiate(component));
    }

    /**
     * @param stepMultiples step multiple per component name (multi-rate); absent components step every base step
     * @throws MasterException naming this file, the component or connection and the fault
     */
    public LoadedSystem load(Map<String, Integer> stepMultiples, Map<String, Map<String, String>> parameters,
            BiFunction<ImportedFmu, String, FmuInstance> instantiate) {
        requireComponents(stepMultiples.keySet(), "a step multiple");
        requireComponents(parameters.keySet(), "a parameter value");
        List<ComponentSource> sources = new ArrayList<>();
        for (SspComponent component : components) {
            Map<String, String> values = new LinkedHashMap<>(component.parameters());
            values.putAll(parameters.getOrDefault(component.name(), Map.of()));
            sources.add(new ComponentSource(component.name(), component.fmu(), values,
                    stepMultiples.getOrDefault(component.name(), 1)));
        }
        LoadedSystem loaded = LoadedSystem.load(file.toString(), sources, connections, new UnitCatalogue(units),
                instantiate);
        try {
            checkConnectors(loaded);
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
        return loaded;
    }

    private void requireComponents(java.util.Set<String> names, String what) {
        for (String component : names) {
            if (components.stream().noneMatch(c -> c.name().equals(component))) {
                throw new MasterException(MasterError.BAD_SYSTEM, file, what + " is given for component '"
                        + component + "', which the system does not have; it has "
                        + components.stream().map(SspComponent::name).toList());
            }
        }
    }

    /** Each declared connector must exist in its FMU with the same causality and type. */
    private void checkConnectors(LoadedSystem loaded) {
        for (SspComponent component : components) {
            ImportedFmu fmu = loaded.fmuOf(component.name());
            for (SspConnector connector : component.connectors().values()) {
                String where = file + " line " + connector.line() + ": connector " + component.name() + "."
                        + connector.name();
                FmuVariable variable = fmu.variables().stream().filter(v -> v.name().equals(connector.name()))
                        .findFirst().orElseThrow(() -> new MasterException(MasterError.BAD_SYSTEM, where,
                                "the FMU " + fmu.file() + " has no variable of that name"));
                if (!connector.kind().equals(variable.causality())
                        && !("calculatedParameter".equals(variable.causality()) && "parameter".equals(connector.kind()))) {
                    throw new MasterException(MasterError.BAD_SYSTEM, where, "kind " + connector.kind()
                            + " does not match the FMU variable's causality " + variable.causality());
                }
                if (connector.type() != null && !connector.type().equalsIgnoreCase(variable.kind().name())) {
                    throw new MasterException(MasterError.BAD_SYSTEM, where, "type " + connector.type()
                            + " does not match the FMU variable's type " + variable.kind());
                }
            }
        }
    }

    @Override
    public void close() {
        if (unpacked != null) {
            unpacked.close();
        }
    }
}
