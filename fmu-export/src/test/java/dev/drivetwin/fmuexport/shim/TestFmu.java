package dev.drivetwin.fmuexport.shim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The FMUs the build packages into {@code fmu.dir} (TestFmus, pre-integration-test), unpacked for a native host. */
final class TestFmu {

    private TestFmu() {
    }

    /** The packaged FMU {@code <name>.fmu} in the build's fmu.dir. */
    static Path packaged(String name) {
        String directory = System.getProperty("fmu.dir");
        if (directory == null) {
            throw new IllegalStateException("system property fmu.dir is not set; run the ITs through mvn verify");
        }
        return Path.of(directory, name + ".fmu");
    }

    /** Unzips {@code <name>.fmu} into {@code parent/<name>} and returns that folder. */
    static Path unpack(String name, Path parent) {
        Path fmu = packaged(name);
        Path root = parent.resolve(name).toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(fmu))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalStateException(fmu + ": entry " + entry.getName() + " points outside the FMU");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fmu + ": cannot unpack: " + e.getMessage(), e);
        }
        return root;
    }

    /** The FMU's shared library, binaries/linux64/{@code <name>}.so (the model identifier is the FMU's name). */
    static Path library(Path unpacked, String name) {
        return unpacked.resolve("binaries/linux64/" + name + ".so");
    }
}
