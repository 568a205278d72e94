package dev.drivetwin.fmuexport.slave;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A co-simulation component written in Java. The runtime calls it in the FMI 2.0 order:
 * {@code declare} once, then {@code setupExperiment}, {@code enterInitializationMode},
 * {@code exitInitializationMode}, any number of {@code doStep}, and {@code terminate}; {@code reset} brings it
 * back to the state right after {@code declare}. Variable values travel through the getters and setters given in
 * {@link #declare}; the runtime applies declared start values before initialization and after a reset.
 *
 * <p>Implementations need a public constructor taking a {@link SlaveContext}, or a public no-argument one.
 * Calls for one instance never overlap (the host may call from different threads, one at a time), so a slave
 * needs no locking. Exceptions thrown here are caught by the runtime and reported to the host as fmi2Error;
 * throw {@link SlaveException} for a failure the host may recover from by retrying with another input.
 */
public interface Slave {

    /** Declares the model's name and variables. Called once per instance, and by the packager to write the XML. */
    void declare(SlaveDeclaration declaration);

    /** @param startTime [s] @param stopTime [s], NaN when the host gives none @param tolerance relative, NaN if none */
    default void setupExperiment(double startTime, double stopTime, double tolerance) {
    }

    default void enterInitializationMode() {
    }

    /** Inputs and parameters hold their initial values now; compute the initial outputs. */
    default void exitInitializationMode() {
    }

    /**
     * Advances the model from {@code currentCommunicationPoint} by {@code communicationStepSize} [s] with the
     * inputs set before this call held constant.
     */
    void doStep(double currentCommunicationPoint, double communicationStepSize);

    default void terminate() {
    }

    /** Returns every state to its value right after construction; the runtime then reapplies start values. */
    void reset();

    /** Writes everything that {@link #readState} needs to continue exactly from this point. */
    void writeState(DataOutput out) throws IOException;

    /** Restores a state written by {@link #writeState} of the same slave class with the same {@link #stateLayout}. */
    void readState(DataInput in) throws IOException;

    /**
     * The version of what {@link #writeState} writes. A serialised state can outlive the FMU build that saved it
     * (fmi2SerializeFMUstate), and the GUID only changes with the variables; raise this whenever the layout changes,
     * so that the runtime refuses an older state with a message instead of misreading it.
     */
    default int stateLayout() {
        return 1;
    }
}
