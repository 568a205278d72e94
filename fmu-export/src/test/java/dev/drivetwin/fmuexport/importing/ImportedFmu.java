package dev.drivetwin.fmuexport.importing;

/**
 * What a scenario needs from a packaged FMU, whichever importer runs it. Variables are named as in the model
 * description; every call must succeed (fmi2OK), or the implementation fails the test naming the call.
 */
public interface ImportedFmu extends AutoCloseable {
    void writeReal(String[] names, double[] values);

    void writeInteger(String name, int value);

    void writeString(String[] names, String[] values);

    /** Setup experiment, enter and exit initialization mode. */
    void initialize(double startTime, double stopTime);

    /**
     * One step from the communication point {@code time} [s], which the scenario computes as step count × step.
     * An importer that keeps its own time sends that instead, after checking it is {@code time} to round-off.
     *
     * @return the communication point the FMU was given [s]; the slave takes it as its time, so a model run
     *         directly for comparison must be stepped from this value, not from {@code time}
     */
    double doStep(double time, double stepSize);

    double[] readReal(String[] names);

    /** Frees the instance (and, for FMI4j, the extracted FMU). */
    @Override
    void close();
}
