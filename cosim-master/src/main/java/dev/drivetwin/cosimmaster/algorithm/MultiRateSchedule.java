package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * Which components step at base step {@code k} of a fixed-step experiment, and by how much: a component with step
 * multiple m steps when k is a multiple of m, from time(k) to time(k + m) (the last step shortened to the stop
 * time). Times come from the step count, never from a running sum. Immutable.
 */
final class MultiRateSchedule {
    /** One component's step within a base step. */
    record ScheduledStep(Component component, double stepSize) {
    }

    private final FixedStepExperiment experiment;

    MultiRateSchedule(FixedStepExperiment experiment) {
        this.experiment = experiment;
    }

    FixedStepExperiment experiment() {
        return experiment;
    }

    /** The base step whose start is {@code time}; the algorithms are called at these points only. */
    long stepAt(double time) {
        long k = Math.round((time - experiment.startTime()) / experiment.stepSize());
        return Math.min(Math.max(k, 0), experiment.steps());
    }

    /** The components (in the given order) due at base step k, each with its step size [s]. */
    List<ScheduledStep> due(long k, List<Component> components) {
        List<ScheduledStep> due = new ArrayList<>();
        double time = experiment.time(k);
        for (Component component : components) {
            int multiple = component.stepMultiple();
            if (k % multiple == 0) {
                long end = Math.min(k + multiple, experiment.steps());
                due.add(new ScheduledStep(component, experiment.time(end) - time));
            }
        }
        return due;
    }
}
