package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationFmu;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import no.ntnu.ihb.fmi4j.modeldescription.variables.RealVariable;
import no.ntnu.ihb.fmi4j.modeldescription.variables.TypedScalarVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FMI 2.0 Co-Simulation FMU loaded from its .fmu file: unpacked and checked by us ({@link FmuArchive},
 * {@link SharedLibraryCheck}), then imported through FMI4j; {@link #close} deletes the unpacked folder. Instances made by {@link #instantiate} share the FMU's binary. Not thread-safe.
 */
public final class ImportedFmu implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportedFmu.class);
    private static final String JAXB_NO_OPTIMIZE = "com.sun.xml.bind.v2.bytecode.ClassTailor.noOptimize";

    static {
        // FMI4j reads modelDescription.xml with JAXB 2.3, whose optimised accessors define classes through
        // sun.misc.Unsafe.defineClass; Java 11 removed that, and the first parse then fails with a
        // NullPointerException in Injector. The property makes JAXB use plain reflection. It is read once, when
        // JAXB's AccessorInjector is loaded, so it is set before any FMU is.
        if (System.getProperty(JAXB_NO_OPTIMIZE) == null) {
            System.setProperty(JAXB_NO_OPTIMIZE, "true");
        }
    }

    private final FmuArchive archive;
    private final ModelDescription description;
    private final Fmu fmu;
    private final CoSimulationFmu coSimulation;
    private final List<FmuVariable> variables;
    /** Instances made and not closed yet, so that {@link #close} closes each through {@link FmuSlave#close}. */
    private final List<FmuSlave> instances = new ArrayList<>();

    private ImportedFmu(FmuArchive archive, ModelDescription description, Fmu fmu, CoSimulationFmu coSimulation,
            List<FmuVariable> variables) {
        this.archive = archive;
        this.description = description;
        this.fmu = fmu;
        this.coSimulation = coSimulation;
        this.variables = variables;
    }

    /**
     * Unpacks the FMU into a private folder (refusing zip-slip entries), reads its model description with our
     * reader, checks that its linux64 binary is a shared library exporting every fmi2 Co-Simulation function, and
     * only then hands the folder to FMI4j, which would abort the JVM on a missing or broken binary.
     *
     * @throws MasterException naming the file (and the line, entry or binary) when any of that fails; the unpacked
     *     folder is deleted first
     */
    public static ImportedFmu load(Path file) {
        return load(file, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * As {@link #load(Path)}, unpacking into a new folder under {@code unpackParent}: a child process is given a
     * folder its master deletes, since a child that crashes cannot delete its own.
     */
    public static ImportedFmu load(Path file, Path unpackParent) {
        FmuArchive archive = FmuArchive.extract(file, unpackParent);
        try {
            ModelDescription description = readDescription(archive);
            CoSimulation capabilities = description.coSimulation();
            if (capabilities == null) {
                throw new MasterException(MasterError.BAD_FMU, file, "its modelDescription.xml has no <CoSimulation>;"
                        + " drivetwin runs Co-Simulation FMUs only");
            }
            SharedLibraryCheck.requireLoadable(file, archive.directory().resolve("binaries/linux64/"
                    + capabilities.modelIdentifier() + ".so"));
            Fmu fmu = new Fmu(file.getFileName().toString(), archive.directory().toFile());
            List<FmuVariable> variables = variables(fmu.asCoSimulationFmu());
            LOG.debug("{}: {} variables, GUID {}", file, variables.size(), description.guid());
            return new ImportedFmu(archive, description, fmu, fmu.asCoSimulationFmu(), variables);
        } catch (RuntimeException e) {
            archive.close();
            throw e instanceof MasterException master ? master
                    : new MasterException(e, MasterError.BAD_FMU, file, "cannot be read as an FMI 2.0 FMU (" + e + ")");
        }
    }

    private static ModelDescription readDescription(FmuArchive archive) {
        Path xml = archive.directory().resolve("modelDescription.xml");
        if (!Files.isRegularFile(xml)) {
            throw new MasterException(MasterError.BAD_FMU, archive.file(), "it has no modelDescription.xml");
        }
        try {
            return ModelDescriptionReader.read(xml);
        } catch (ModelDescriptionException e) {
            throw new MasterException(e, MasterError.BAD_FMU, archive.file(), e.getMessage());
        }
    }

    private static List<FmuVariable> variables(CoSimulationFmu coSimulation) {
        List<FmuVariable> variables = new ArrayList<>();
        for (TypedScalarVariable<?> v : coSimulation.getModelDescription().getModelVariables()) {
            String unit = v instanceof RealVariable real ? real.getUnit() : null;
            String causality = v.getCausality() == null ? "local" : toCamelCase(v.getCausality().name());
            variables.add(new FmuVariable(v.getName(), v.getValueReference(),
                    FmuVariable.VariableKind.valueOf(v.getType().name()), causality, unit));
        }
        return List.copyOf(variables);
    }

    /**
     * The model description of an .fmu file read straight from the archive, without unpacking or loading its
     * binary: for a master that runs the FMU in a child process but needs its description.
     *
     * @throws MasterException naming the file (and the line) when it is missing, not a zip archive, or its
     *     description is absent or malformed
     */
    public static ModelDescription readDescription(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MasterException(MasterError.BAD_FMU, file, "no such file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("modelDescription.xml");
            if (entry == null) {
                throw new MasterException(MasterError.BAD_FMU, file, "it has no modelDescription.xml");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return ModelDescriptionReader.read(in, file + "!/modelDescription.xml");
            }
        } catch (IOException e) {
            throw new MasterException(e, MasterError.BAD_FMU, file, "cannot be read as a zip archive (" + e + ")");
        } catch (ModelDescriptionException e) {
            throw new MasterException(e, MasterError.BAD_FMU, file, e.getMessage());
        }
    }

    /** The relative tolerance {@code description}'s DefaultExperiment suggests, or NaN when it suggests none. */
    public static double defaultTolerance(ModelDescription description) {
        DefaultExperiment experiment = description.defaultExperiment();
        return experiment == null || experiment.tolerance() == null ? Double.NaN : experiment.tolerance();
    }

    /** Called by {@link FmuSlave#close}: the instance is freed, so {@link #close} need not close it. */
    void closed(FmuSlave instance) {
        instances.remove(instance);
    }

    /** The .fmu file, for messages. */
    public Path file() {
        return archive.file();
    }

    /**
     * The relative tolerance the FMU's DefaultExperiment suggests, passed to fmi2SetupExperiment (FMI4j's own
     * simple setup passes none), or NaN when it suggests none.
     */
    public double defaultTolerance() {
        return defaultTolerance(description);
    }

    /** The model description as our reader read it: units, ModelStructure dependencies, capabilities. */
    public ModelDescription modelDescription() {
        return description;
    }

    /** Whether the FMU declares canGetAndSetFMUstate. */
    public boolean canGetAndSetState() {
        return description.coSimulation().canGetAndSetFMUstate();
    }

    public String modelName() {
        return fmu.getModelName();
    }

    /** All variables in the order of modelDescription.xml. */
    public List<FmuVariable> variables() {
        return variables;
    }

    /** @throws MasterException naming the FMU and its variables when there is no variable of that name */
    public FmuVariable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new MasterException(MasterError.UNKNOWN_VARIABLE, file(), name,
                        variables.stream().map(FmuVariable::name).toList()));
    }

    /** A new instance (fmi2Instantiate). @throws MasterException when the FMU refuses to instantiate */
    public FmuSlave instantiate(String instanceName) {
        CoSimulationSlave slave = coSimulation.newInstance(instanceName);
        FmuSlave instance = new FmuSlave(this, slave);
        instances.add(instance);
        return instance;
    }

    /**
     * Closes every instance still open ({@link FmuSlave#close}: terminated only if initialised), unloads the binary
     * and deletes the unpacked files. FMI4j's own close would call fmi2Terminate on every instance left open.
     */
    @Override
    public void close() {
        try {
            List.copyOf(instances).forEach(FmuSlave::close);
            fmu.close();
        } finally {
            archive.close();
        }
    }

    /** FMI4j's enum names (CALCULATED_PARAMETER) back to the standard's spelling (calculatedParameter). */
    private static String toCamelCase(String enumName) {
        String[] words = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder text = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            text.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return text.toString();
    }
}
