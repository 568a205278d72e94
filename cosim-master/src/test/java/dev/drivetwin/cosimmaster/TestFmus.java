package dev.drivetwin.cosimmaster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build puts the FMUs the integration tests run. */
public final class TestFmus {
    /** The opening of an .ssd file; format with the system's name. */
    public static final String SSD_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ssd:SystemStructureDescription version="1.0" name="%s"
                xmlns:ssd="http://ssp-standard.org/SSP1/SystemStructureDescription"
                xmlns:ssc="http://ssp-standard.org/SSP1/SystemStructureCommon"
                xmlns:ssv="http://ssp-standard.org/SSP1/SystemStructureParameterValues">
            """;

    private TestFmus() {
    }

    /** A C test FMU from src/test/c, zipped by make in pre-integration-test. */
    public static Path cModel(String model) {
        return existing(Path.of(System.getProperty("test.fmus"), model + ".fmu"));
    }

    /** The project root, where systems/ and the FMU modules are. */
    public static Path root() {
        return Path.of(System.getProperty("drivetwin.root")).toAbsolutePath().normalize();
    }

    public static Path existing(Path fmu) {
        assertTrue(Files.isRegularFile(fmu), () -> fmu + " is missing; the reactor builds it before the ITs");
        return fmu;
    }
}
