package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.List;

/**
 * Watches a run: the observed variables once, their values after initialization and after every step, and the
 * end. Hooks do nothing by default. Called from the thread that runs the simulation, one call at a time.
 */
public interface StepObserver {

    /** Before the first values: the variables whose values {@link #stepped} will carry, in that order. */
    default void started(List<FmuVariable> columns) {
    }

    /**
     * @param step 0 for the values after initialization, k after the k-th step
     * @param time simulated time [s]
     * @param values one value per column; the array is reused, copy what you keep
     */
    default void stepped(long step, double time, double[] values) {
    }

    /**
     * The run stopped because a call failed; {@link #finished} follows.
     *
     * @param instanceName the instance whose call failed
     * @param time the last simulated time with valid results [s]: the start of the failed step
     * @param cause what the master caught, usually a {@code MasterException} naming the FMU and the call
     */
    default void failed(String instanceName, double time, RuntimeException cause) {
    }

    /** After the last step, also when the run failed part way; release resources here. */
    default void finished() {
    }
}
