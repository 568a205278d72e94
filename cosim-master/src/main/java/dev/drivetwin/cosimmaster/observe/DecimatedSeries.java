package dev.drivetwin.cosimmaster.observe;

import java.util.Arrays;

/**
 * Samples of several signals over time in bounded memory, for plotting: every sample is kept until
 * {@code 2 * points} are held, then every other one is dropped and from then on only every second sample is
 * taken, and so on, so a run of any length keeps between {@code points} and {@code 2 * points} evenly spaced
 * samples (sample 0 always among them) plus the latest one. Evenly spaced keeps the plot honest about time; a
 * peak shorter than the spacing may be missed, which the CSV does not. Not thread-safe.
 */
final class DecimatedSeries {
    private final int capacity;
    private final double[] times;
    private final double[][] values;
    private int size;
    private long stride = 1;
    private long seen;
    private double lastTime = Double.NaN;
    private final double[] last;

    /**
     * @param signals number of signals
     * @param points the fewest samples kept once the run is long enough, at least 2
     */
    DecimatedSeries(int signals, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, was " + points);
        }
        this.capacity = 2 * points;
        this.times = new double[capacity];
        this.values = new double[signals][capacity];
        this.last = new double[signals];
    }

    /** Offers one sample; {@code sample[i]} is signal i's value at {@code time}. */
    void add(double time, double[] sample) {
        lastTime = time;
        System.arraycopy(sample, 0, last, 0, last.length);
        if (seen++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            halve();
            if ((seen - 1) % stride != 0) {
                return;
            }
        }
        times[size] = time;
        for (int s = 0; s < values.length; s++) {
            values[s][size] = sample[s];
        }
        size++;
    }

    /** Keeps samples 0, 2, 4... of those held, which are exactly the multiples of the doubled stride. */
    private void halve() {
        int kept = 0;
        for (int i = 0; i < size; i += 2, kept++) {
            times[kept] = times[i];
            for (double[] signal : values) {
                signal[kept] = signal[i];
            }
        }
        size = kept;
        stride *= 2;
    }

    /** The kept times [s], ending with the latest sample's. */
    double[] times() {
        return withLast(times, lastTime);
    }

    /** The kept values of signal {@code s}, ending with the latest sample's. */
    double[] values(int s) {
        return withLast(values[s], last[s]);
    }

    private double[] withLast(double[] kept, double latest) {
        boolean latestKept = size > 0 && times[size - 1] == lastTime;
        double[] copy = Arrays.copyOf(kept, latestKept || seen == 0 ? size : size + 1);
        if (!latestKept && seen > 0) {
            copy[size] = latest;
        }
        return copy;
    }

    /** How many samples have been offered. */
    long offered() {
        return seen;
    }
}
