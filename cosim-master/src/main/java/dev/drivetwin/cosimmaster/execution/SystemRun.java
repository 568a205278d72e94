package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a coupled system from start to stop: start values, initialization (with consistent inputs by
 * {@link FixedPointInitialization}), then the algorithm's steps, reporting the recorded variables after
 * initialization and after every step. When any FMU call fails, the observers have received every row up to the
 * failure and {@code finished} is still called; the exception names the component and the time. The components
 * stay open; the caller closes them. Not thread-safe.
 */
public final class SystemRun {
    private static final Logger LOG = LoggerFactory.getLogger(SystemRun.class);

    private final CoupledSystem system;
    private final MasterAlgorithm algorithm;
    private final double startTime;
    private final double stopTime;
    private final List<RecordedVariable> recorded;
    private final List<StepObserver> observers;
    private final RealTimePacer pacer;
    private final FixedPointInitialization initialization;

    public SystemRun(CoupledSystem system, MasterAlgorithm algorithm, double startTime, double stopTime,
            List<RecordedVariable> recorded, List<StepObserver> observers, RealTimePacer pacer) {
        if (!(stopTime > startTime)) {
            throw new IllegalArgumentException("stop time " + stopTime + " s must be after the start time "
                    + startTime + " s");
        }
        this.system = system;
        this.algorithm = algorithm;
        this.startTime = startTime;
        this.stopTime = stopTime;
        this.recorded = List.copyOf(recorded);
        this.observers = List.copyOf(observers);
        this.pacer = pacer;
        this.initialization = FixedPointInitialization.DEFAULT;
    }

    /** @return the number of steps taken */
    public long run() {
        try {
            initialize();
            observers.forEach(o -> o.started(recorded.stream().map(RecordedVariable::column).toList()));
            double[] values = new double[recorded.size()];
            report(0, startTime, values);
            pacer.start(startTime);
            long step = 0;
            for (double time = startTime; time < stopTime; ) {
                time = algorithm.advance(time, stopTime);
                report(++step, time, values);
                pacer.pace(time);
            }
            LOG.debug("{}: {} steps with {}", system.name(), step, algorithm.name());
            return step;
        } finally {
            finish();
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
        for (StepObserver observer : observers) {
            observer.stepped(step, time, values);
        }
    }

    /** Every observer finishes, even when one of them fails; the first failure is thrown after the rest. */
    private void finish() {
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
