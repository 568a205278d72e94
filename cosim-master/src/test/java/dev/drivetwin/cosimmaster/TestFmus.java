package dev.drivetwin.cosimmaster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build puts the FMUs the integration tests run. */
public final class TestFmus {
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
