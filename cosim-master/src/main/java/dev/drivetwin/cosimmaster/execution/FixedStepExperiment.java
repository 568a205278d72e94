package dev.drivetwin.cosimmaster.execution;

/**
 * Start, stop and communication step of a fixed-step run [s]. Communication points are
 * {@code startTime + k * stepSize}, computed from the step count each time rather than summed, so a long run does
 * not drift; when the interval is not a whole number of steps the last step is shortened to end at stopTime.
 */
public record FixedStepExperiment(double startTime, double stopTime, double stepSize) {
    /** How close (relative) the interval must be to a whole number of steps to count as one. */
    private static final double WHOLE = 1e-9;

    /** @throws IllegalArgumentException naming the value when a time is not finite, or stop or step is not positive */
    public FixedStepExperiment {
        if (!Double.isFinite(startTime)) {
            throw new IllegalArgumentException("start time " + startTime + " s is not a finite number");
        }
        if (!(stopTime > startTime) || !Double.isFinite(stopTime)) {
            throw new IllegalArgumentException("stop time " + stopTime + " s must be finite and after the start time "
                    + startTime + " s");
        }
        if (!(stepSize > 0) || !Double.isFinite(stepSize)) {
            throw new IllegalArgumentException("step size " + stepSize + " s must be positive");
        }
    }

    /** Number of steps from start to stop. */
    public long steps() {
        double ratio = (stopTime - startTime) / stepSize;
        long whole = Math.round(ratio);
        return Math.abs(ratio - whole) <= WHOLE * Math.max(1, ratio) ? Math.max(whole, 1) : (long) Math.ceil(ratio);
    }

    /** Communication point {@code k} [s]: start + k * step, and exactly the stop time for the last one. */
    public double time(long k) {
        return k >= steps() ? stopTime : startTime + k * stepSize;
    }
}
