package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.system.Component;

/** A scripted change of one component's input in a system run; see {@link InputChange}. */
public record ComponentInputChange(Component component, InputChange change) {

    /** The change's time [s]. */
    public double time() {
        return change.time();
    }

    /** Writes the value through the component, so that a refused value names the component and the time. */
    public void apply() {
        component.write(change.variable(), change.value(), change.time());
    }
}
