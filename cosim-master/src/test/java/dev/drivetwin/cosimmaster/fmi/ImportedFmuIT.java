package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import layer's own checks, which run before FMI4j sees an FMU because FMI4j 0.38.0 writes zip-slip entries
 * outside its folder and aborts the JVM on a missing or broken binary. Each broken FMU is fmu-export's packaged
 * ThermalMass.fmu with one entry changed; each must be refused with a message naming the FMU and the fault, leave
 * no unpacked files behind, and leave this JVM running.
 */
class ImportedFmuIT {
    private static final String BINARY = "binaries/linux64/ThermalMass.so";

    @TempDir
    Path temporary;

    private static Path thermalMass() {
        return FmuVariants.thermalMass();
    }

    private Path variant(String name, Map<String, UnaryOperator<byte[]>> changes, String... extraEntries)
            throws IOException {
        return FmuVariants.variant(thermalMass(), temporary, name, changes, extraEntries);
    }

    private static String refusal(Path fmu) {
        MasterException e = assertThrows(MasterException.class, () -> ImportedFmu.load(fmu).close());
        assertTrue(e.getMessage().startsWith(fmu.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void refusesAZipSlipEntryAndWritesNothingOutsideOrInside() throws IOException {
        Path fmu = variant("slip", Map.of(), "../escaped.txt");
        Path unpackInto = Files.createDirectory(temporary.resolve("unpack"));
        MasterException e = assertThrows(MasterException.class, () -> FmuArchive.extract(fmu, unpackInto));
        assertTrue(e.getMessage().contains("entry '../escaped.txt' would be written outside"), e.getMessage());
        assertFalse(Files.exists(temporary.resolve("escaped.txt")));
        try (Stream<Path> left = Files.list(unpackInto)) {
            assertEquals(0, left.count(), "the half-unpacked folder must be deleted");
        }
        assertTrue(refusal(fmu).contains("zip-slip"));
    }

    @Test
    void refusesAnFmuWithoutItsLinuxBinary() throws IOException {
        String message = refusal(variant("nobinary", Map.of(BINARY, bytes -> null)));
        assertTrue(message.contains("it has no " + BINARY), message);
    }

    @Test
    void refusesABinaryThatIsNotALibrary() throws IOException {
        String message = refusal(variant("notalibrary",
                Map.of(BINARY, bytes -> "#!/bin/sh\necho not a library\n".getBytes(StandardCharsets.US_ASCII))));
        assertTrue(message.contains(BINARY + " is not a readable ELF shared library")
                || message.contains(BINARY + " is not a 64-bit x86-64 ELF shared library"), message);
    }

    @Test
    void refusesALibraryThatLacksFmi2Functions() throws IOException {
        // The plain C ThermalMass of fmu-export's benchmark exports only the functions its host calls.
        Path partial = thermalMass().resolveSibling("../native-test/ThermalMassNative/binaries/linux64/"
                + "ThermalMassNative.so").normalize();
        byte[] library = Files.readAllBytes(partial);
        String message = refusal(variant("partial", Map.of(BINARY, bytes -> library)));
        assertTrue(message.contains(BINARY + " does not export [") && message.contains("fmi2CancelStep"), message);
    }

    @Test
    void refusesAMalformedModelDescriptionNamingTheLine() throws IOException {
        String message = refusal(variant("badxml", Map.of("modelDescription.xml",
                FmuVariants.replacing("causality=\"input\"", "causality=\"inptu\""))));
        assertTrue(message.contains("modelDescription.xml line "), message);
        assertTrue(message.contains("'inptu'"), message);
    }

    @Test
    void aNullInstanceIsRefusedNamingTheFile() throws IOException {
        // The shim cannot start a slave class that does not exist, so fmi2Instantiate returns NULL.
        Path fmu = variant("noslave", Map.of("resources/drivetwin-fmu.properties",
                FmuVariants.replacing("dev.drivetwin.fmuexport.testslaves.ThermalMass", "dev.drivetwin.NoSuchSlave")));
        try (ImportedFmu imported = ImportedFmu.load(fmu)) {
            MasterException e = assertThrows(MasterException.class, () -> imported.instantiate("noslave"));
            assertTrue(e.getMessage().startsWith(fmu + ": instance 'noslave': fmi2Instantiate returned NULL"), e.getMessage());
        }
    }

    @Test
    void readsTheDescriptionWithoutUnpackingAndNamesTheFileWhenItIsBroken() throws IOException {
        assertEquals("ThermalMass", ImportedFmu.readDescription(thermalMass()).modelName());
        Path broken = variant("nodescription", Map.of("modelDescription.xml", bytes -> null));
        MasterException e = assertThrows(MasterException.class, () -> ImportedFmu.readDescription(broken));
        assertEquals(broken + ": it has no modelDescription.xml", e.getMessage());
    }

    @Test
    void passesTheDefaultToleranceOfTheFmu() {
        try (ImportedFmu fmu = ImportedFmu.load(thermalMass())) {
            assertEquals(1e-6, fmu.defaultTolerance());
        }
    }
}
