package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSymbol;
import net.fornwall.jelf.ElfSymbolTableSection;

/**
 * Checks an FMU's linux64 binary before FMI4j loads it, because FMI4j 0.38.0 aborts the whole JVM when the
 * binary is missing or is not a loadable library. The check reads the file as ELF: a 64-bit x86-64 shared object
 * whose dynamic symbol table defines every
 * fmi2 function the FMI 2.0 standard requires of a Co-Simulation FMU (sections 2.1 and 4.2: all of them must be
 * exported, supported or not). It reads the file with jelf and never loads the library.
 */
public final class SharedLibraryCheck {
    /** The common and Co-Simulation functions of FMI 2.0, which a CS FMU's binary must all export. */
    static final List<String> COSIMULATION_FUNCTIONS = List.of("fmi2GetTypesPlatform", "fmi2GetVersion",
            "fmi2SetDebugLogging", "fmi2Instantiate", "fmi2FreeInstance", "fmi2SetupExperiment",
            "fmi2EnterInitializationMode", "fmi2ExitInitializationMode", "fmi2Terminate", "fmi2Reset",
            "fmi2GetReal", "fmi2GetInteger", "fmi2GetBoolean", "fmi2GetString", "fmi2SetReal", "fmi2SetInteger",
            "fmi2SetBoolean", "fmi2SetString", "fmi2GetFMUstate", "fmi2SetFMUstate", "fmi2FreeFMUstate",
            "fmi2SerializedFMUstateSize", "fmi2SerializeFMUstate", "fmi2DeSerializeFMUstate",
            "fmi2GetDirectionalDerivative", "fmi2SetRealInputDerivatives", "fmi2GetRealOutputDerivatives",
            "fmi2DoStep", "fmi2CancelStep", "fmi2GetStatus", "fmi2GetRealStatus", "fmi2GetIntegerStatus",
            "fmi2GetBooleanStatus", "fmi2GetStringStatus");

    private static final int MACHINE_X86_64 = 62; // e_machine EM_X86_64

    private SharedLibraryCheck() {
    }

    /**
     * @param fmu the .fmu file, for messages
     * @param library the binary as unpacked
     * @throws MasterException naming the FMU, the binary and what is wrong with it
     */
    public static void requireLoadable(Path fmu, Path library) {
        String name = "binaries/linux64/" + library.getFileName();
        if (!Files.isRegularFile(library)) {
            throw new MasterException(MasterError.BAD_FMU, fmu, "it has no " + name + ", so it cannot run on"
                    + " linux64 (the FMU may have been exported for another platform only)");
        }
        Set<String> defined;
        try {
            defined = definedDynamicSymbols(library);
        } catch (IOException | RuntimeException e) {
            throw new MasterException(e, MasterError.BAD_FMU, fmu, name + " is not a readable ELF shared library (" + e + ")");
        }
        if (defined == null) {
            throw new MasterException(MasterError.BAD_FMU, fmu, name + " is not a 64-bit x86-64 ELF shared library");
        }
        List<String> missing = COSIMULATION_FUNCTIONS.stream().filter(f -> !defined.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new MasterException(MasterError.BAD_FMU, fmu, name + " does not export " + missing
                    + ", which FMI 2.0 requires of every Co-Simulation FMU");
        }
    }

    /** The names the library defines in its dynamic symbol table, or null when it is not an x86-64 shared object. */
    private static Set<String> definedDynamicSymbols(Path library) throws IOException {
        ElfFile elf = ElfFile.from(library.toFile());
        if (elf.ei_class != ElfFile.CLASS_64 || elf.e_type != ElfFile.ET_DYN || elf.e_machine != MACHINE_X86_64) {
            return null;
        }
        ElfSymbolTableSection table = elf.getDynamicSymbolTableSection();
        Set<String> names = new HashSet<>();
        if (table != null) {
            for (ElfSymbol symbol : table.symbols) {
                if (symbol.st_shndx != 0) { // 0 is SHN_UNDEF: imported, not defined here
                    names.add(symbol.getName());
                }
            }
        }
        return names;
    }
}
