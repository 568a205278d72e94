package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.List;

/**
 * Several observers as one, in order. The end of a run reaches every observer even when one of them fails: a
 * failure in {@link #failed} is added to the run's cause as suppressed, and the first failure in {@link #finished}
 * is thrown after the rest have finished, so that one broken plot cannot cost the CSV or the summary. Not
 * thread-safe, like the observers.
 */
public final class ObserverSet implements StepObserver {
    private final List<StepObserver> observers;

    public ObserverSet(List<StepObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void started(List<FmuVariable> columns) {
        for (StepObserver observer : observers) {
            observer.started(columns);
        }
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        for (StepObserver observer : observers) {
            observer.stepped(step, time, values);
        }
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        for (StepObserver observer : observers) {
            try {
                observer.failed(instanceName, time, cause);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public void finished() {
        RuntimeException first = null;
        for (StepObserver observer : observers) {
            try {
                observer.finished();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
