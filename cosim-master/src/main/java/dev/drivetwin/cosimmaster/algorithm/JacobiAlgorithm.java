package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-step Jacobi: at each communication point every due component receives the outputs all components had
 * there, then all step at once, in parallel on a pool of {@code threads} threads (or on the caller's thread when 1).
 * Each input is held constant over the step (zero-order hold), so the coupling error is first order in the step.
 * Multi-rate through each component's step multiple. Not thread-safe; {@link #close} stops the pool.
 */
public final class JacobiAlgorithm extends FixedStepAlgorithm {
    private final ExecutorService pool;

    /**
     * @param threads threads that step components; 1 steps them one after another on the caller's thread
     * @throws IllegalArgumentException when threads is below 1
     */
    public JacobiAlgorithm(CoupledSystem system, FixedStepExperiment experiment, int threads) {
        super(system, experiment);
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        // the caller's thread is one of the threads: it steps the first due component itself
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, daemonThreads());
    }

    @Override
    public String name() {
        return "jacobi";
    }

    @Override
    void step(double time, MultiRateSchedule.DueSteps due) {
        // All inputs first: no component has stepped yet, so each sees the outputs at `time`. They are set in
        // connection-graph order, so an output with direct feedthrough already reflects its inputs at `time`.
        for (int i = 0; i < due.count(); i++) {
            system.transferInto(due.component(i), time);
        }
        if (pool == null) {
            for (int i = 0; i < due.count(); i++) {
                due.component(i).doStep(time, due.stepSize(i));
            }
        } else {
            stepInParallel(time, due);
        }
    }

    /**
     * Hands every due component but the first to the pool and steps the first on this thread, which saves one
     * hand-over per step; returns only when all have finished, so that no FMU is still stepping when a failure
     * propagates and the system is closed.
     */
    private void stepInParallel(double time, MultiRateSchedule.DueSteps due) {
        List<Future<?>> others = new ArrayList<>(due.count());
        for (int i = 1; i < due.count(); i++) {
            Component component = due.component(i);
            double stepSize = due.stepSize(i);
            others.add(pool.submit(() -> component.doStep(time, stepSize)));
        }
        RuntimeException failure = null;
        try {
            due.component(0).doStep(time, due.stepSize(0));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> other : others) {
            failure = awaitStep(other, time, failure);
        }
        if (failure != null) {
            throw failure; // Component.doStep already names the component and the time
        }
    }

    /** Waits for one pooled step; returns the first failure seen so far (later ones are suppressed into it). */
    private static RuntimeException awaitStep(Future<?> step, double time, RuntimeException failure) {
        RuntimeException seen;
        try {
            step.get();
            return failure;
        } catch (ExecutionException e) {
            seen = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            seen = new IllegalStateException("interrupted while stepping at t = " + time + " s", e);
        }
        if (failure == null) {
            return seen;
        }
        failure.addSuppressed(seen);
        return failure;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "jacobi-" + count.incrementAndGet());
            thread.setDaemon(true); // a failed run must not keep the JVM alive
            return thread;
        };
    }
}
