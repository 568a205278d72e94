package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The FMUs TestFmus packaged in pre-integration-test, found through the system property {@code fmu.dir}. */
final class PackagedFmus {

    private PackagedFmus() {
    }

    static File thermalMass() {
        return fmu("ThermalMass");
    }

    static File fmu(String identifier) {
        String directory = System.getProperty("fmu.dir");
        assertTrue(directory != null, "system property fmu.dir is not set; run the *IT tests through failsafe");
        Path file = Path.of(directory, identifier + ".fmu");
        assertTrue(Files.isRegularFile(file), () -> file + " does not exist; TestFmus packages it in"
                + " pre-integration-test");
        return file.toFile();
    }
}
