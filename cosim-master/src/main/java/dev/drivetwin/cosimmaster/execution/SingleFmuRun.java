package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final List<StepObserver> observers;

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
        List<InputChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingDouble(InputChange::time));
        this.changes = List.copyOf(sorted);
        this.observed = List.copyOf(observed);
        this.observers = List.copyOf(observers);
    }

    /** Runs to the stop time; observers' {@code finished} is called also when a call fails. */
    public void run() {
        double time = experiment.startTime();
        try {
            startValues.forEach(instance::write);
            instance.enterInitialization(experiment.startTime(), experiment.stopTime(), tolerance);
            instance.exitInitialization();
            observers.forEach(o -> o.started(observed));
            double[] values = new double[observed.size()];
            report(0, time, values);
            long steps = experiment.steps();
            LOG.debug("{} steps from {} s to {} s", steps, experiment.startTime(), experiment.stopTime());
            int nextChange = 0;
            for (long k = 0; k < steps; k++) {
                time = experiment.time(k);
                double next = experiment.time(k + 1);
                for (; nextChange < changes.size() && changes.get(nextChange).time() <= time; nextChange++) {
                    InputChange change = changes.get(nextChange);
                    instance.write(change.variable(), change.value());
                }
                instance.doStep(time, next - time);
                time = next;
                report(k + 1, time, values);
            }
        } catch (RuntimeException e) {
            tellFailed(time, e);
            throw e;
        } finally {
            observers.forEach(StepObserver::finished);
        }
    }

    /** Every observer hears of the failure, even when one of them fails in turn (kept as suppressed). */
    private void tellFailed(double time, RuntimeException cause) {
        for (StepObserver observer : observers) {
            try {
                observer.failed(instance.instanceName(), time, cause);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private void report(long step, double time, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = instance.readNumber(observed.get(i), time);
        }
        for (StepObserver observer : observers) {
            observer.stepped(step, time, values);
        }
    }
}
