package dev.drivetwin.cosimmaster.execution;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds a run back so that simulated time advances at most {@code realTimeFactor} times as fast as the wall clock
 * (1 = real time, 2 = twice as fast). A run that is slower than that is not held. Not thread-safe.
 */
public final class RealTimePacer {
    private final double realTimeFactor;
    private double startTime;
    private long startNanos;

    /** @param realTimeFactor simulated seconds per wall-clock second; infinity means no pacing */
    public RealTimePacer(double realTimeFactor) {
        if (!(realTimeFactor > 0)) {
            throw new IllegalArgumentException("real-time factor " + realTimeFactor + " must be positive");
        }
        this.realTimeFactor = realTimeFactor;
    }

    /** No pacing: as fast as the FMUs go. */
    public static RealTimePacer unpaced() {
        return new RealTimePacer(Double.POSITIVE_INFINITY);
    }

    public void start(double simulatedTime) {
        startTime = simulatedTime;
        startNanos = System.nanoTime();
    }

    /** Waits until the wall clock has reached the moment {@code simulatedTime} is due. */
    public void pace(double simulatedTime) {
        if (Double.isInfinite(realTimeFactor)) {
            return;
        }
        long due = startNanos + (long) ((simulatedTime - startTime) / realTimeFactor * 1e9);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
