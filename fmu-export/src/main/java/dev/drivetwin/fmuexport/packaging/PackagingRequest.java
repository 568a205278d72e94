package dev.drivetwin.fmuexport.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What to package: the slave class, the identifier the FMU's binary and functions go by, the jars the slave
 * needs at run time (its own, fmu-export's, and their runtime dependencies), an optional folder copied into
 * {@code resources/}, and how the native shim starts Java.
 *
 * @param javaMode "auto", "in-process" or "out-of-process" (see fmu_config.h)
 * @param childTimeoutSeconds how long a child JVM may take for one call before it counts as hung [s]
 * @param bundleRuntime whether to put a jlink-ed Java runtime into binaries/linux64/jre
 */
public record PackagingRequest(String slaveClass, String modelIdentifier, List<Path> jars, Path extraResources,
        List<String> jvmOptions, String javaMode, double childTimeoutSeconds, boolean bundleRuntime,
        Path output) {
    public PackagingRequest {
        jars = List.copyOf(jars);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
