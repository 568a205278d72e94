package dev.drivetwin.fmuexport.packaging;

import dev.drivetwin.modeldescriptions.model.ModelDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Build-time command that packages a Java slave as an FMU; component modules call it from Maven. */
@Command(name = "fmu-package", mixinStandardHelpOptions = true,
        description = "Packages a Java slave as an FMI 2.0 Co-Simulation FMU.")
public final class FmuPackagerCommand implements Callable<Integer> {

    @Option(names = "--slave-class", required = true, description = "Class implementing Slave.")
    String slaveClass;

    @Option(names = "--model-identifier", required = true, description = "FMU model identifier (a C name).")
    String modelIdentifier;

    @Option(names = "--jar", description = "A jar to put into resources/java (repeatable).")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--jar-dir", description = "A folder whose jars all go into resources/java.")
    List<Path> jarDirectories = new ArrayList<>();

    @Option(names = "--resources", description = "A folder copied into the FMU's resources/.")
    Path resources;

    @Option(names = "--jvm-option", description = "Option for a JVM the shim creates (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--java-mode", defaultValue = "auto", description = "auto, in-process or out-of-process.")
    String javaMode;

    @Option(names = "--child-timeout", defaultValue = "60", description = "Seconds one call to a child JVM may take.")
    double childTimeout;

    @Option(names = "--bundle-runtime", description = "Bundle a jlink-ed Java runtime for linux64.")
    boolean bundleRuntime;

    @Option(names = "--output", required = true, description = "The .fmu file to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<Path> allJars = new ArrayList<>(jars);
        for (Path directory : jarDirectories) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(allJars::add);
            }
        }
        ModelDescription description = FmuPackager.pack(new PackagingRequest(slaveClass, modelIdentifier, allJars,
                resources, jvmOptions, javaMode, childTimeout, bundleRuntime, output));
        System.out.printf("packaged %s (%d variables, GUID %s) into %s, %d bytes%n", description.modelName(),
                description.modelVariables().size(), description.guid(), output, Files.size(output));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FmuPackagerCommand()).execute(args));
    }
}
