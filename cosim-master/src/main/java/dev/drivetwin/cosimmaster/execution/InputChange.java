package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;

/**
 * A scripted input: {@code variable} takes {@code value} (text in its type) before the first step that starts at or
 * after {@code time} [s], and keeps it until another change.
 */
public record InputChange(double time, FmuVariable variable, String value) {
    /** @throws IllegalArgumentException when the time is not finite */
    public InputChange {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("time of the change of " + variable.name() + " is " + time
                    + " s, not a finite number");
        }
    }
}
