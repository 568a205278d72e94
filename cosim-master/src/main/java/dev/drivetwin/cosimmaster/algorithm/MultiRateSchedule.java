package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import java.util.List;

/**
 * Which components step at base step {@code k} of a fixed-step experiment, and by how much: a component with step
 * multiple m steps when k is a multiple of m, from time(k) to time(k + m) (the last step shortened to the stop
 * time). Times come from the step count, never from a running sum. Immutable.
 */
final class MultiRateSchedule {
    /**
     * The components due at one base step and their step sizes [s], in order; filled by {@link #due} and reused
     * from step to step, so that stepping allocates nothing.
     */
    static final class DueSteps {
        private final Component[] components;
        private final double[] stepSizes;
        private int count;

        /** @param capacity the number of components in the system */
        DueSteps(int capacity) {
            components = new Component[capacity];
            stepSizes = new double[capacity];
        }

        int count() {
            return count;
        }

        Component component(int i) {
            return components[i];
        }

        double stepSize(int i) {
            return stepSizes[i];
        }
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

    /** Fills {@code into} with the components (in the given order) due at base step k and their step sizes [s]. */
    void due(long k, List<Component> components, DueSteps into) {
        into.count = 0;
        double time = experiment.time(k);
        for (Component component : components) {
            int multiple = component.stepMultiple();
            if (k % multiple == 0) {
                long end = Math.min(k + multiple, experiment.steps());
                into.components[into.count] = component;
                into.stepSizes[into.count++] = experiment.time(end) - time;
            }
        }
    }
}
