package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.observe.ObserverSet;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one FMU instance alone: sets the given start values (parameters and inputs), initialises, steps from start
 * to stop applying scripted {@link InputChange}s, and reports the observed variables after initialization and
 * after every step. When a call fails the observers hear {@link StepObserver#failed} with the last simulated time
 * and keep the results up to it, and the exception is rethrown. The instance stays open; the caller closes it.
 * Not thread-safe.
 */
public final class SingleFmuRun {
    private static final Logger LOG = LoggerFactory.getLogger(SingleFmuRun.class);

    private final FmuInstance instance;
    private final FixedStepExperiment experiment;
    private final double tolerance;
    private final Map<FmuVariable, String> startValues;
    private final List<InputChange> changes;
    private final List<FmuVariable> observed;
    private final ObserverSet observers;

    /**
     * @param tolerance relative tolerance for fmi2SetupExperiment, or NaN for none
     * @param startValues values to set before initialization, as text in the variable's type, in this order
     * @param changes scripted inputs during the run, in any order
     * @param observed the variables reported to the observers (numbers: Real, Integer, Boolean as 0/1)
     */
    public SingleFmuRun(FmuInstance instance, FixedStepExperiment experiment, double tolerance,
            Map<FmuVariable, String> startValues, List<InputChange> changes, List<FmuVariable> observed,
            List<StepObserver> observers) {
        this.instance = instance;
        this.experiment = experiment;
        this.tolerance = tolerance;
        this.startValues = startValues;
        this.changes = List.copyOf(changes);
        this.observed = List.copyOf(observed);
        this.observers = new ObserverSet(observers);
    }

    /** Runs to the stop time; observers' {@code finished} is called also when a call fails. */
    public void run() {
        double time = experiment.startTime();
        try {
            startValues.forEach(instance::write);
            instance.enterInitialization(experiment.startTime(), experiment.stopTime(), tolerance);
            instance.exitInitialization();
            observers.started(observed);
            double[] values = new double[observed.size()];
            report(0, time, values);
            long steps = experiment.steps();
            LOG.debug("{} steps from {} s to {} s", steps, experiment.startTime(), experiment.stopTime());
            InputSchedule<InputChange> schedule = new InputSchedule<>(changes, InputChange::time,
                    change -> instance.write(change.variable(), change.value()));
            for (long k = 0; k < steps; k++) {
                time = experiment.time(k);
                double next = experiment.time(k + 1);
                schedule.applyDue(time);
                instance.doStep(time, next - time);
                time = next;
                report(k + 1, time, values);
            }
        } catch (RuntimeException e) {
            observers.failed(instance.instanceName(), time, e);
            throw e;
        } finally {
            observers.finished();
        }
    }

    private void report(long step, double time, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = instance.readNumber(observed.get(i), time);
        }
        observers.stepped(step, time, values);
    }
}
