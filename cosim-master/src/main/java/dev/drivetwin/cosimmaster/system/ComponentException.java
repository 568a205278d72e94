package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;

/**
 * An FMI call made through a {@link Component} failed: kind {@link MasterError#COMPONENT_FAILED}, and the component
 * and the simulated time also as values, so that observers and run summaries need not parse the message.
 */
public final class ComponentException extends MasterException {
    private final String component;
    private final double time;

    /** @param time [s] the simulated time of the failed call */
    public ComponentException(RuntimeException cause, String component, double time) {
        super(cause, MasterError.COMPONENT_FAILED, component, Double.toString(time), cause.getMessage());
        this.component = component;
        this.time = time;
    }

    /** The failing component's name. */
    public String component() {
        return component;
    }

    /** [s] the simulated time of the failed call. */
    public double time() {
        return time;
    }
}
