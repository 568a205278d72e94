package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A system whose FMUs are loaded and instantiated: each component's .fmu is imported once per file and
 * instantiated under the component's name, its direct feedthrough is read from its ModelStructure, and each
 * connection is checked and given its unit conversion. {@link #close} frees every instance and unpacked FMU. Not
 * thread-safe.
 */
public final class LoadedSystem implements Closeable {
    private final Map<Path, ImportedFmu> imported;
    private final List<FmuInstance> instances;
    private final Map<String, ImportedFmu> fmuOfComponent;
    private final CoupledSystem system;

    private LoadedSystem(Map<Path, ImportedFmu> imported, List<FmuInstance> instances,
            Map<String, ImportedFmu> fmuOfComponent, CoupledSystem system) {
        this.imported = imported;
        this.instances = instances;
        this.fmuOfComponent = fmuOfComponent;
        this.system = system;
    }

    /** Loads in this process through FMI4j. */
    public static LoadedSystem load(String name, List<ComponentSource> components,
            List<ConnectionSource> connections, UnitCatalogue units) {
        return load(name, components, connections, units, (fmu, component) -> fmu.instantiate(component));
    }

    /**
     * @param instantiate makes the instance of an imported FMU for a component name; a hosting choice (in process,
     *     child process) or a decorator (timing) goes here
     * @throws MasterException naming the file, component or connection when anything does not fit; whatever was
     *     loaded by then is freed
     */
    public static LoadedSystem load(String name, List<ComponentSource> components, List<ConnectionSource> connections,
            UnitCatalogue units, BiFunction<ImportedFmu, String, FmuInstance> instantiate) {
        Map<Path, ImportedFmu> imported = new HashMap<>();
        List<FmuInstance> instances = new ArrayList<>();
        try {
            Map<String, ImportedFmu> fmuOf = new HashMap<>();
            List<Component> built = new ArrayList<>();
            for (ComponentSource source : components) {
                Path file = source.fmu().toAbsolutePath().normalize();
                ImportedFmu fmu = imported.get(file);
                if (fmu == null) {
                    fmu = ImportedFmu.load(file);
                    imported.put(file, fmu);
                }
                FmuInstance instance = instantiate.apply(fmu, source.name());
                instances.add(instance);
                fmuOf.put(source.name(), fmu);
                built.add(new Component(source.name(), instance, DirectFeedthrough.of(fmu.modelDescription()),
                        source.stepMultiple(), source.startValues()));
            }
            List<Connection> resolved = new ArrayList<>();
            for (ConnectionSource connection : connections) {
                resolved.add(resolve(name, connection, fmuOf, built, units));
            }
            return new LoadedSystem(imported, instances, fmuOf, new CoupledSystem(name, built, resolved));
        } catch (RuntimeException e) {
            instances.forEach(FmuInstance::close);
            imported.values().forEach(ImportedFmu::close);
            throw e;
        }
    }

    private static Connection resolve(String name, ConnectionSource connection, Map<String, ImportedFmu> fmuOf,
            List<Component> components, UnitCatalogue units) {
        ImportedFmu sourceFmu = fmu(name, connection, connection.source(), fmuOf);
        ImportedFmu targetFmu = fmu(name, connection, connection.target(), fmuOf);
        FmuVariable output = variable(name, connection, sourceFmu, connection.source());
        FmuVariable input = variable(name, connection, targetFmu, connection.target());
        String from = connection.sourceUnit() != null ? connection.sourceUnit() : output.unit();
        String to = connection.targetUnit() != null ? connection.targetUnit() : input.unit();
        UnitConversion conversion = conversion(name, connection, from, to, units, sourceFmu, targetFmu);
        return new Connection(connection.source(), connection.target(), connection.transformation(), conversion);
    }

    /** The connector's variable; a missing one is reported at the connection's line in the system file. */
    private static FmuVariable variable(String name, ConnectionSource connection, ImportedFmu fmu,
            Connector connector) {
        try {
            return fmu.variable(connector.variable());
        } catch (MasterException e) {
            throw new MasterException(e, MasterError.BAD_SYSTEM, name, connection.origin() + ": connection "
                    + connection.source() + " -> " + connection.target() + ": " + connector + ": " + e.getMessage());
        }
    }

    private static ImportedFmu fmu(String name, ConnectionSource connection, Connector connector,
            Map<String, ImportedFmu> fmuOf) {
        ImportedFmu fmu = fmuOf.get(connector.component());
        if (fmu == null) {
            throw new MasterException(MasterError.BAD_SYSTEM, name, connection.origin() + ": no component '"
                    + connector.component() + "'; the system has " + fmuOf.keySet());
        }
        return fmu;
    }

    private static UnitConversion conversion(String name, ConnectionSource connection, String from, String to,
            UnitCatalogue units, ImportedFmu sourceFmu, ImportedFmu targetFmu) {
        if (from == null || to == null || from.isEmpty() || to.isEmpty() || from.equals(to)) {
            return UnitConversion.identity(from);
        }
        Optional<BaseUnit> fromBase = units.baseUnit(from, sourceFmu.modelDescription());
        Optional<BaseUnit> toBase = units.baseUnit(to, targetFmu.modelDescription());
        String what = connection.origin() + ": connection " + connection.source() + " -> " + connection.target()
                + ": unit " + from + " cannot be converted to " + to;
        if (fromBase.isEmpty() || toBase.isEmpty()) {
            throw new MasterException(MasterError.BAD_SYSTEM, name, what + " (" + (fromBase.isEmpty() ? from : to)
                    + " has no definition in the system file or the FMU)");
        }
        return UnitConversion.between(from, fromBase.get(), to, toBase.get())
                .orElseThrow(() -> new MasterException(MasterError.BAD_SYSTEM, name, what
                        + " (different SI dimensions)"));
    }

    public CoupledSystem system() {
        return system;
    }

    /** The imported FMU a component is an instance of. */
    public ImportedFmu fmuOf(String component) {
        return fmuOfComponent.get(component);
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (FmuInstance instance : instances) {
            try {
                instance.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        for (ImportedFmu fmu : imported.values()) {
            try {
                fmu.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
