package dev.drivetwin.fmubattery.aging;

import java.util.Arrays;

/**
 * Streaming rainflow cycle counting after ASTM E1049-85 (reapproved 2017), "Standard Practices for Cycle Counting
 * in Fatigue Analysis", section 5.4.4 (rainflow counting, the three-point rule with the starting point S):
 * <ol>
 *   <li>read the next peak or valley (if out of data, go to 6);</li>
 *   <li>with fewer than three points, go to 1; otherwise form X, the range of the two most recent points not
 *       discarded, and Y, the range just before it;</li>
 *   <li>if |X| &lt; |Y|, go to 1;</li>
 *   <li>if Y contains the starting point S, go to 5; otherwise count Y as one cycle, discard its two points and
 *       go to 2;</li>
 *   <li>count Y as one half cycle, discard its first point, move S to its second point, go to 2;</li>
 *   <li>count every range not yet counted as one half cycle.</li>
 * </ol>
 * Only the residue (the points not discarded) is stored, so memory does not grow with the length of the history.
 * S is always the oldest point of the residue, so "Y contains S" means the residue holds exactly three points.
 *
 * <p>Samples need not be peaks and valleys: a sample that continues the direction of the last range moves that
 * range's end point (counting again, which gives the same counts as feeding only the final peak, because a longer
 * X only satisfies step 3 sooner and X is never counted itself). A sample that turns back by no more than
 * {@code hysteresis} is ignored, a gate against reversals too small to matter (ASTM counts every reversal; a
 * hysteresis of 0 does too). Step 6 is {@link #countResidue}, which leaves the residue in place so counting can go
 * on. Not thread-safe (it holds state).
 */
public final class RainflowCounter {
    /** Receives each counted cycle. */
    @FunctionalInterface
    public interface CycleSink {
        /**
         * @param range |peak - valley| of the cycle, in the units of the samples
         * @param mean (peak + valley) / 2
         * @param cycles 0.5 for a half cycle, 1 for a full cycle
         */
        void count(double range, double mean, double cycles);
    }

    private final double hysteresis;
    private double[] points = new double[8];
    private int size;
    /** Sign of the last range (points[size - 2] to points[size - 1]); 0 while fewer than two points. */
    private int direction;

    /** @param hysteresis smallest reversal that counts, ≥ 0, in the units of the samples */
    public RainflowCounter(double hysteresis) {
        if (!(hysteresis >= 0)) {
            throw new IllegalArgumentException("hysteresis = " + hysteresis + ": must not be negative");
        }
        this.hysteresis = hysteresis;
    }

    /** Feeds the next sample of the history; cycles it closes go to {@code sink}. */
    public void add(double value, CycleSink sink) {
        if (size == 0) {
            push(value);
            return;
        }
        double change = value - points[size - 1];
        if (direction != 0 && change * direction > 0) {
            points[size - 1] = value; // the running range grows; the last point was not yet a reversal
            countClosed(sink);
        } else if (Math.abs(change) > hysteresis && change != 0) {
            push(value);
            direction = change > 0 ? 1 : -1;
            countClosed(sink);
        }
    }

    /** Steps 2 to 5 of the standard on the residue. */
    private void countClosed(CycleSink sink) {
        while (size >= 3) {
            double x = Math.abs(points[size - 1] - points[size - 2]);
            double y = Math.abs(points[size - 2] - points[size - 3]);
            if (x < y) {
                return;
            }
            double mean = 0.5 * (points[size - 2] + points[size - 3]);
            if (size == 3) {
                sink.count(y, mean, 0.5); // Y contains S: S moves to Y's second point
                points[0] = points[1];
                points[1] = points[2];
                size = 2;
            } else {
                sink.count(y, mean, 1);
                points[size - 3] = points[size - 1];
                size -= 2;
            }
        }
    }

    /** Step 6: counts each range of the residue as a half cycle, as if the history ended now; keeps the residue. */
    public void countResidue(CycleSink sink) {
        for (int k = 0; k + 1 < size; k++) {
            sink.count(Math.abs(points[k + 1] - points[k]), 0.5 * (points[k + 1] + points[k]), 0.5);
        }
    }

    /** Number of points in the residue (peaks and valleys not yet discarded, the latest sample's range end last). */
    public int residueSize() {
        return size;
    }

    private void push(double value) {
        if (size == points.length) {
            points = Arrays.copyOf(points, 2 * size);
        }
        points[size++] = value;
    }

    /** The counter's state as numbers, for state saving: direction, then the residue. */
    public double[] state() {
        double[] state = new double[size + 1];
        state[0] = direction;
        System.arraycopy(points, 0, state, 1, size);
        return state;
    }

    /** Restores a {@link #state()}. */
    public void restore(double[] state) {
        direction = (int) state[0];
        size = state.length - 1;
        points = Arrays.copyOf(Arrays.copyOfRange(state, 1, state.length), Math.max(8, size));
    }
}
