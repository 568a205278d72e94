package dev.drivetwin.fmuexport.shim;

import java.util.stream.Stream;

/**
 * Where the shim runs the Java slave, chosen for a test run through the environment variable
 * {@code DRIVETWIN_FMU_MODE} (fmu-export/src/main/c/fmu_config.h), which overrides the FMU's java.mode.
 */
enum ShimMode {
    /** The slave runs in a JVM the shim creates inside the host process, called through JNI. */
    IN_PROCESS("in-process"),
    /** The slave runs in a child JVM process the shim starts and talks to over a pipe. */
    OUT_OF_PROCESS("out-of-process");

    private final String environmentValue;

    ShimMode(String environmentValue) {
        this.environmentValue = environmentValue;
    }

    /** The value of DRIVETWIN_FMU_MODE that selects this mode. */
    String environmentValue() {
        return environmentValue;
    }

    /** The modes the host scenarios run in; the scenarios and their assertions hold unchanged in both. */
    static Stream<ShimMode> tested() {
        return Stream.of(values());
    }
}
