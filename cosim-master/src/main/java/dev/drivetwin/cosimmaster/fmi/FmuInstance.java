package dev.drivetwin.cosimmaster.fmi;

import java.io.Closeable;
import java.util.List;

/**
 * One running FMI 2.0 Co-Simulation instance as the master's algorithms see it, wherever it runs: in this process
 * through FMI4j ({@link FmuSlave}) or in a child process. Call order as FMI 2.0 CS: {@link #write} parameters and
 * inputs, {@link #enterInitialization}, inputs again (iterated for algebraic loops), {@link #exitInitialization},
 * then inputs and {@link #doStep} any number of times; {@link #close} terminates and frees. A status of fmi2Warning
 * is logged and accepted; anything worse throws a {@code MasterException} naming the FMU, the call and the time.
 * Not thread-safe: one thread at a time per instance (different instances may step on different threads).
 */
public interface FmuInstance extends Closeable {

    /** The instance name given at instantiation, for messages and result columns. */
    String instanceName();

    /** Every variable of the FMU, in the order of its modelDescription.xml. */
    List<FmuVariable> variables();

    /** Whether the FMU declares canGetAndSetFMUstate, so {@link #saveState} may be used (step rejection). */
    boolean canGetAndSetState();

    /** fmi2SetupExperiment (with the given relative tolerance, or none when NaN) and fmi2EnterInitializationMode. */
    void enterInitialization(double startTime, double stopTime, double tolerance);

    /** fmi2ExitInitializationMode. */
    void exitInitialization();

    /** Sets a variable from text in its type (decimal, integer, true/false/1/0, or the string itself). */
    void write(FmuVariable variable, String text);

    /** Sets Real variables by value reference in one fmi2SetReal call. */
    void writeReal(long[] valueReferences, double[] values);

    /** Reads Real variables by value reference in one fmi2GetReal call; {@code time} is only for messages. */
    void readReal(long[] valueReferences, double[] values, double time);

    /** Sets a variable of any numeric kind from a number: Integer and Enumeration rounded, Boolean non-zero. */
    void writeNumber(FmuVariable variable, double value);

    /** The current value as a number: Real as is, Integer and Enumeration exactly, Boolean as 1 or 0. */
    double readNumber(FmuVariable variable, double time);

    /** fmi2DoStep from {@code time} [s] by {@code stepSize} [s]. */
    void doStep(double time, double stepSize);

    /** fmi2GetFMUstate: a handle to restore with {@link #restoreState} and release with {@link #releaseState}. */
    long saveState(double time);

    /** fmi2SetFMUstate with a handle from {@link #saveState}. */
    void restoreState(long state, double time);

    /** fmi2FreeFMUstate. */
    void releaseState(long state);

    /** fmi2Terminate (when initialised and not failed) and fmi2FreeInstance; safe to repeat. */
    @Override
    void close();
}
