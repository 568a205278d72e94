package dev.drivetwin.cosimmaster.execution;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds a run back so that simulated time advances at most {@code realTimeFactor} times as fast as the wall clock
 * (1 = real time, 2 = twice as fast). A run that is slower than that is not held. Not thread-safe.
 */
public final class RealTimePacer {
    /** The wall clock and a way to wait on it; a test substitutes its own. */
    public interface WallClock {
        long nanoTime();

        void waitNanos(long nanos);

        WallClock SYSTEM = new WallClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void waitNanos(long nanos) {
                LockSupport.parkNanos(nanos);
            }
        };
    }

    private final double realTimeFactor;
    private final WallClock clock;
    private double startTime;
    private long startNanos;

    /** @param realTimeFactor simulated seconds per wall-clock second; infinity means no pacing */
    public RealTimePacer(double realTimeFactor) {
        this(realTimeFactor, WallClock.SYSTEM);
    }

    public RealTimePacer(double realTimeFactor, WallClock clock) {
        if (!(realTimeFactor > 0)) {
            throw new IllegalArgumentException("real-time factor " + realTimeFactor + " must be positive");
        }
        this.realTimeFactor = realTimeFactor;
        this.clock = clock;
    }

    /** No pacing: as fast as the FMUs go. */
    public static RealTimePacer unpaced() {
        return new RealTimePacer(Double.POSITIVE_INFINITY);
    }

    public void start(double simulatedTime) {
        startTime = simulatedTime;
        startNanos = clock.nanoTime();
    }

    /** Waits until the wall clock has reached the moment {@code simulatedTime} is due. */
    public void pace(double simulatedTime) {
        if (Double.isInfinite(realTimeFactor)) {
            return;
        }
        long due = startNanos + (long) ((simulatedTime - startTime) / realTimeFactor * 1e9);
        // parkNanos may return early (spurious wake-up), so wait again until the moment has come
        for (long wait = due - clock.nanoTime(); wait > 0; wait = due - clock.nanoTime()) {
            clock.waitNanos(wait);
        }
    }
}
