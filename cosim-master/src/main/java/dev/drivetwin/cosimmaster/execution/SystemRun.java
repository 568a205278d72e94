package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.observe.ObserverSet;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.system.ComponentException;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a coupled system from start to stop: start values, initialization (with consistent inputs by
 * {@link FixedPointInitialization}), then the algorithm's steps with any scripted input changes applied before the
 * step they fall in, reporting the recorded variables after initialization and after every step. When any FMU call
 * fails, the observers have received every row up to the failure, then hear {@link StepObserver#failed} with the
 * failing component and the last time with results, then {@code finished}; the exception names the component and
 * the time. The components stay open; the caller closes them. Not thread-safe.
 */
public final class SystemRun {
    private static final Logger LOG = LoggerFactory.getLogger(SystemRun.class);

    private final CoupledSystem system;
    private final MasterAlgorithm algorithm;
    private final double startTime;
    private final double stopTime;
    private final List<RecordedVariable> recorded;
    private final ObserverSet observers;
    private final List<ComponentInputChange> changes;
    private final RealTimePacer pacer;
    private final FixedPointInitialization initialization;

    public SystemRun(CoupledSystem system, MasterAlgorithm algorithm, double startTime, double stopTime,
            List<RecordedVariable> recorded, List<StepObserver> observers, RealTimePacer pacer) {
        this(system, algorithm, startTime, stopTime, recorded, observers, pacer, List.of());
    }

    /** @param changes scripted input changes, in any order; for inputs that no connection feeds */
    public SystemRun(CoupledSystem system, MasterAlgorithm algorithm, double startTime, double stopTime,
            List<RecordedVariable> recorded, List<StepObserver> observers, RealTimePacer pacer,
            List<ComponentInputChange> changes) {
        if (!(stopTime > startTime)) {
            throw new IllegalArgumentException("stop time " + stopTime + " s must be after the start time "
                    + startTime + " s");
        }
        this.system = system;
        this.algorithm = algorithm;
        this.startTime = startTime;
        this.stopTime = stopTime;
        this.recorded = List.copyOf(recorded);
        this.observers = new ObserverSet(observers);
        this.changes = List.copyOf(changes);
        this.pacer = pacer;
        this.initialization = FixedPointInitialization.DEFAULT;
    }

    /** @return the number of steps taken */
    public long run() {
        double time = startTime;
        try {
            initialize();
            observers.started(recorded.stream().map(RecordedVariable::column).toList());
            double[] values = new double[recorded.size()];
            report(0, startTime, values);
            InputSchedule<ComponentInputChange> schedule = new InputSchedule<>(changes, ComponentInputChange::time,
                    ComponentInputChange::apply);
            pacer.start(startTime);
            long step = 0;
            while (time < stopTime) {
                schedule.applyDue(time);
                double next = algorithm.advance(time, stopTime);
                report(++step, next, values);
                time = next;
                pacer.pace(time);
            }
            LOG.debug("{}: {} steps with {}", system.name(), step, algorithm.name());
            return step;
        } catch (RuntimeException e) {
            observers.failed(e instanceof ComponentException failure ? failure.component() : system.name(), time, e);
            throw e;
        } finally {
            observers.finished();
        }
    }

    private void initialize() {
        for (Component component : system.components()) {
            component.enterInitialization(startTime, stopTime);
        }
        system.algebraicLoops().forEach(loop -> LOG.warn("{}: algebraic loop {}; solved by fixed-point iteration at"
                + " initialization, broken by the algorithm's delay while stepping", system.name(), loop));
        initialization.solve(system, startTime);
        for (Component component : system.components()) {
            component.exitInitialization(startTime);
        }
    }

    private void report(long step, double time, double[] values) {
        for (int i = 0; i < values.length; i++) {
            RecordedVariable variable = recorded.get(i);
            values[i] = variable.component().read(variable.variable(), time);
        }
        observers.stepped(step, time, values);
    }
}
