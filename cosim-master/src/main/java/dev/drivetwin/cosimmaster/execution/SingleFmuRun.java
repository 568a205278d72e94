package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.fmi.FmuSlave;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one FMU instance alone: sets the given start values (parameters and inputs, held for the whole run),
 * initialises, steps from start to stop and reports the observed variables after initialization and after every
 * step. The slave stays open; the caller closes it. Not thread-safe.
 */
public final class SingleFmuRun {
    private static final Logger LOG = LoggerFactory.getLogger(SingleFmuRun.class);

    private final FmuSlave slave;
    private final FixedStepExperiment experiment;
    private final Map<FmuVariable, String> startValues;
    private final List<FmuVariable> observed;
    private final List<StepObserver> observers;

    /**
     * @param startValues values to set before initialization, as text in the variable's type, in this order
     * @param observed the variables reported to the observers (numbers: Real, Integer, Boolean as 0/1)
     */
    public SingleFmuRun(FmuSlave slave, FixedStepExperiment experiment, Map<FmuVariable, String> startValues,
            List<FmuVariable> observed, List<StepObserver> observers) {
        this.slave = slave;
        this.experiment = experiment;
        this.startValues = startValues;
        this.observed = List.copyOf(observed);
        this.observers = List.copyOf(observers);
    }

    /** Runs to the stop time; observers' {@code finished} is called also when a call fails. */
    public void run() {
        try {
            startValues.forEach(slave::write);
            slave.initialize(experiment.startTime(), experiment.stopTime());
            observers.forEach(o -> o.started(observed));
            double[] values = new double[observed.size()];
            report(0, experiment.startTime(), values);
            long steps = experiment.steps();
            LOG.debug("{} steps from {} s to {} s", steps, experiment.startTime(), experiment.stopTime());
            for (long k = 0; k < steps; k++) {
                double time = experiment.time(k);
                double next = experiment.time(k + 1);
                slave.doStep(time, next - time);
                report(k + 1, next, values);
            }
        } finally {
            observers.forEach(StepObserver::finished);
        }
    }

    private void report(long step, double time, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = slave.readNumber(observed.get(i), time);
        }
        for (StepObserver observer : observers) {
            observer.stepped(step, time, values);
        }
    }
}
