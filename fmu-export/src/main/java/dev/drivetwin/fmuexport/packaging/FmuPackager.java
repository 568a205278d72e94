package dev.drivetwin.fmuexport.packaging;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.description.ModelDescriptionFactory;
import dev.drivetwin.fmuexport.runtime.SlaveConstructor;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an FMI 2.0 Co-Simulation FMU for a Java slave:
 * <pre>
 *   modelDescription.xml                      generated from the slave's declaration, validated
 *   binaries/linux64/&lt;modelIdentifier&gt;.so     the generic native shim
 *   binaries/linux64/jre/                     optional jlink-ed Java runtime
 *   resources/drivetwin-fmu.properties        which class to start and how
 *   resources/java/*.jar                      the slave's jars and their runtime dependencies
 *   resources/...                             the extra resources folder, if given
 *   documentation/index.html                  the variable table
 * </pre>
 * Entries carry a fixed time stamp, so the same inputs give the same bytes.
 */
public final class FmuPackager {
    /** Where fmu-export's jar carries the shim built by src/main/c/Makefile. */
    static final String SHIM_RESOURCE = "/dev/drivetwin/fmuexport/native/linux64/libdrivetwin-fmi2.so";
    private static final long ENTRY_TIME = 315532800000L; // 1980-01-01, the earliest zip time

    private FmuPackager() {
    }

    /** Packages the FMU and returns its model description. */
    public static ModelDescription pack(PackagingRequest request) {
        Slave slave = SlaveConstructor.construct(request.slaveClass(), FmuPackager.class.getClassLoader(),
                new SlaveContext("packager", request.extraResources(), SlaveLogger.DISCARD));
        SlaveDeclaration declaration = SlaveDeclaration.of(slave);
        ModelDescription description = ModelDescriptionFactory.describe(declaration, request.modelIdentifier());
        RuleValidator.requireValid(description, request.modelIdentifier() + " (generated from "
                + request.slaveClass() + ")");
        try {
            Files.createDirectories(request.output().toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(request.output()))) {
                put(zip, "modelDescription.xml", ModelDescriptionWriter.toXml(description)
                        .getBytes(StandardCharsets.UTF_8));
                put(zip, "binaries/linux64/" + request.modelIdentifier() + ".so", shim());
                put(zip, "resources/drivetwin-fmu.properties", configuration(request));
                for (Path jar : request.jars()) {
                    put(zip, "resources/java/" + jar.getFileName(), Files.readAllBytes(jar));
                }
                if (request.extraResources() != null) {
                    putTree(zip, request.extraResources(), "resources/");
                }
                put(zip, "documentation/index.html", Documentation.html(description)
                        .getBytes(StandardCharsets.UTF_8));
                if (request.bundleRuntime()) {
                    putTree(zip, RuntimeBundler.link(request.jars()), "binaries/linux64/jre/");
                }
            }
        } catch (IOException e) {
            throw new FmuExportException(e, FmuExportError.IO, request.output(), e.getMessage());
        }
        return description;
    }

    private static byte[] shim() throws IOException {
        try (InputStream in = FmuPackager.class.getResourceAsStream(SHIM_RESOURCE)) {
            if (in == null) {
                throw new FmuExportException(FmuExportError.PACKAGING, SHIM_RESOURCE,
                        "the native shim is not in fmu-export's jar; it was built with -DskipNative");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] configuration(PackagingRequest request) {
        String text = "# Read by the native shim (fmu-export/src/main/c/fmu_config.h)\n"
                + "slave.class=" + request.slaveClass() + "\n"
                + "java.mode=" + request.javaMode() + "\n"
                + "jvm.options=" + String.join(" ", request.jvmOptions()) + "\n"
                + "child.timeout=" + request.childTimeoutSeconds() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void putTree(ZipOutputStream zip, Path root, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            put(zip, prefix + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
