package dev.drivetwin.benchmarks;

/**
 * How a benchmark reaches a slave: {@link #DIRECT} calls the Java runtime's {@code SlaveInstance} in this JVM,
 * as the native shim does after its JNI up-call; {@link #FMI4J} loads the packaged {@code .fmu} with FMI4j, whose
 * native library calls the FMU's fmi2 functions in C, which call the same runtime through JNI.
 */
public enum Route {
    DIRECT, FMI4J
}
