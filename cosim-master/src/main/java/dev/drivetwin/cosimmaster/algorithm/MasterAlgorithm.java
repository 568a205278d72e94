package dev.drivetwin.cosimmaster.algorithm;

/**
 * How the components of a system advance together: which inputs each gets before it steps, in what order and by
 * how much. Called after initialization with the time reached so far; one call per communication point. Not
 * thread-safe: one run at a time. {@link #close} releases threads or saved states the algorithm holds.
 */
public interface MasterAlgorithm extends AutoCloseable {

    /** For messages and the CLI: "jacobi", "gauss-seidel", "variable". */
    String name();

    /**
     * Exchanges inputs and steps the components from {@code time}.
     *
     * @param stopTime the end of the run [s]; the returned time never passes it
     * @return the next communication point [s], after {@code time}
     * @throws dev.drivetwin.cosimmaster.MasterException naming the component and the time when an FMU call fails
     */
    double advance(double time, double stopTime);

    @Override
    default void close() {
    }
}
