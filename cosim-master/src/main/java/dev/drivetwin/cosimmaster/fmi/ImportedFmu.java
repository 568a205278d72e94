package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationFmu;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import no.ntnu.ihb.fmi4j.modeldescription.variables.RealVariable;
import no.ntnu.ihb.fmi4j.modeldescription.variables.TypedScalarVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FMI 2.0 Co-Simulation FMU loaded from its .fmu file through FMI4j, which extracts it to a temporary folder
 * that {@link #close} deletes. Instances made by {@link #instantiate} share the FMU's binary. Not thread-safe.
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

    private final Path file;
    private final Fmu fmu;
    private final CoSimulationFmu coSimulation;
    private final List<FmuVariable> variables;

    private ImportedFmu(Path file, Fmu fmu, CoSimulationFmu coSimulation, List<FmuVariable> variables) {
        this.file = file;
        this.fmu = fmu;
        this.coSimulation = coSimulation;
        this.variables = variables;
    }

    /**
     * Extracts and reads the FMU.
     *
     * @throws MasterException naming the file when it is missing, not an FMU, or not FMI 2.0 Co-Simulation
     */
    public static ImportedFmu load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MasterException(MasterError.BAD_FMU, file, "no such file");
        }
        Fmu fmu;
        try {
            fmu = Fmu.from(file.toFile());
        } catch (Exception e) {
            throw new MasterException(e, MasterError.BAD_FMU, file, "cannot be read as an FMI 2.0 FMU (" + e + ")");
        }
        try {
            CoSimulationFmu coSimulation = fmu.asCoSimulationFmu();
            List<FmuVariable> variables = new ArrayList<>();
            for (TypedScalarVariable<?> v : coSimulation.getModelDescription().getModelVariables()) {
                String unit = v instanceof RealVariable real ? real.getUnit() : null;
                String causality = v.getCausality() == null ? "local"
                        : toCamelCase(v.getCausality().name());
                variables.add(new FmuVariable(v.getName(), v.getValueReference(),
                        FmuVariable.VariableKind.valueOf(v.getType().name()), causality, unit));
            }
            LOG.debug("{}: {} variables, GUID {}", file, variables.size(), fmu.getGuid());
            return new ImportedFmu(file, fmu, coSimulation, List.copyOf(variables));
        } catch (RuntimeException e) {
            fmu.close();
            throw new MasterException(e, MasterError.BAD_FMU, file, e.getMessage());
        }
    }

    /** The .fmu file, for messages. */
    public Path file() {
        return file;
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
                .orElseThrow(() -> new MasterException(MasterError.UNKNOWN_VARIABLE, file, name,
                        variables.stream().map(FmuVariable::name).toList()));
    }

    /** A new instance (fmi2Instantiate). @throws MasterException when the FMU refuses to instantiate */
    public FmuSlave instantiate(String instanceName) {
        CoSimulationSlave slave = coSimulation.newInstance(instanceName);
        return new FmuSlave(this, slave);
    }

    /** Terminates and frees every instance, unloads the binary and deletes the extracted files. */
    @Override
    public void close() {
        fmu.close();
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
