package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
        return Path.of(System.getProperty("thermal.mass.fmu"));
    }

    /** A copy of ThermalMass.fmu whose entries pass through {@code change}: null drops one, else its new bytes. */
    private Path variant(String name, Map<String, UnaryOperator<byte[]>> changes, String... extraEntries)
            throws IOException {
        Path copy = temporary.resolve(name + ".fmu");
        try (InputStream in = Files.newInputStream(thermalMass()); ZipInputStream source = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(copy); ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                byte[] content = source.readAllBytes();
                UnaryOperator<byte[]> change = changes.getOrDefault(entry.getName(), UnaryOperator.identity());
                byte[] changed = change.apply(content);
                if (changed != null) {
                    target.putNextEntry(new ZipEntry(entry.getName()));
                    target.write(changed);
                }
            }
            for (String extra : extraEntries) {
                target.putNextEntry(new ZipEntry(extra));
                target.write("escaped".getBytes(StandardCharsets.UTF_8));
            }
        }
        return copy;
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
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("causality=\"input\"",
                        "causality=\"inptu\"").getBytes(StandardCharsets.UTF_8))));
        assertTrue(message.contains("modelDescription.xml line "), message);
        assertTrue(message.contains("'inptu'"), message);
    }

    @Test
    void passesTheDefaultToleranceOfTheFmu() {
        try (ImportedFmu fmu = ImportedFmu.load(thermalMass())) {
            assertEquals(1e-6, fmu.defaultTolerance());
        }
    }
}
