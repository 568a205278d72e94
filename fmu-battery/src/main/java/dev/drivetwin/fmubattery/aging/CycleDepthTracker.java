package dev.drivetwin.fmubattery.aging;

/**
 * Estimates the depth of the present cycle online from the SOC at communication points: a half cycle runs while
 * SOC keeps moving one way; when it turns by more than {@link #HYSTERESIS}, the half cycle closes and its depth is
 * remembered. The depth reported is the larger of the last closed half cycle's and the running one's. Before the
 * first half cycle closes, the last depth is taken as 1 (full cycles: the conservative guess). A rainflow count
 * would be more faithful to the papers' test cycles; it is a later item. Not thread-safe (it holds state).
 */
public final class CycleDepthTracker {
    static final double HYSTERESIS = 1e-3;
    private double start;
    private double extreme;
    private int direction;
    private double lastDepth = 1;

    public CycleDepthTracker(double soc) {
        reset(soc);
    }

    public void reset(double soc) {
        start = soc;
        extreme = soc;
        direction = 0;
        lastDepth = 1;
    }

    /** Feeds the SOC at the end of a step. */
    public void update(double soc) {
        if (direction == 0) {
            if (Math.abs(soc - start) > HYSTERESIS) {
                direction = soc > start ? 1 : -1;
                extreme = soc;
            }
            return;
        }
        if ((soc - extreme) * direction >= 0) {
            extreme = soc;
        } else if (Math.abs(soc - extreme) > HYSTERESIS) {
            lastDepth = Math.abs(extreme - start);
            start = extreme;
            extreme = soc;
            direction = -direction;
        }
    }

    /** Depth of cycle [1] to use as aging stress now. */
    public double depth() {
        return Math.min(1, Math.max(lastDepth, Math.abs(extreme - start)));
    }

    /** The tracker's state as numbers, for FMU state saving: start, extreme, direction, lastDepth. */
    public double[] state() {
        return new double[] {start, extreme, direction, lastDepth};
    }

    public void restore(double[] state) {
        start = state[0];
        extreme = state[1];
        direction = (int) state[2];
        lastDepth = state[3];
    }
}
