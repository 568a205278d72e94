package dev.drivetwin.fmuexport.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Packages the test slaves into target/fmus during pre-integration-test, the same way a component module
 * packages its slave: fmu-export's jar, the test-slave jar and the runtime dependencies in resources/java.
 * Arguments: the build directory and the build's final name.
 */
public final class TestFmus {

    private TestFmus() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        String finalName = args[1];
        pack(target, finalName, "dev.drivetwin.fmuexport.testslaves.ThermalMass", "ThermalMass", "auto", 60);
        // The same slave with a jlink-ed runtime inside, for the test that runs it where no Java is installed.
        pack(target, finalName, "dev.drivetwin.fmuexport.testslaves.ThermalMass", "ThermalMassBundled", "auto", 60,
                "--bundle-runtime");
        // A short child timeout so the hang test finishes in seconds.
        pack(target, finalName, "dev.drivetwin.fmuexport.testslaves.FaultySlave", "FaultySlave", "auto", 5);
    }

    private static void pack(Path target, String finalName, String slaveClass, String identifier, String mode,
            double timeout, String... extraOptions) {
        List<String> arguments = new ArrayList<>(List.of(
                "--slave-class", slaveClass, "--model-identifier", identifier,
                "--jar", target.resolve(finalName + ".jar").toString(),
                "--jar", target.resolve(finalName + "-test-slaves.jar").toString(),
                "--jar-dir", target.resolve("fmu-lib").toString(),
                "--jvm-option", "-Xrs", "--jvm-option", "-Xss2m", "--jvm-option", "-Xmx128m",
                "--jvm-option", "-XX:+UseSerialGC",
                "--java-mode", mode, "--child-timeout", Double.toString(timeout),
                "--output", target.resolve("fmus").resolve(identifier + ".fmu").toString()));
        arguments.addAll(List.of(extraOptions));
        int code = new CommandLine(new FmuPackagerCommand()).execute(arguments.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("packaging " + identifier + " failed with exit code " + code);
        }
    }
}
