package dev.drivetwin.fmubattery.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rainflow counting against ASTM E1049-85 (2017) and histories whose counts follow by hand. */
class RainflowCounterTest {
    /** Cycles per range, all counts of a history including the residue (step 6). */
    private static Map<Double, Double> cyclesPerRange(double hysteresis, double... history) {
        RainflowCounter counter = new RainflowCounter(hysteresis);
        Map<Double, Double> cycles = new TreeMap<>();
        RainflowCounter.CycleSink sink = (range, mean, n) -> cycles.merge(range, n, Double::sum);
        for (double x : history) {
            counter.add(x, sink);
        }
        counter.countResidue(sink);
        return cycles;
    }

    @Test
    void countsTheStandardsExampleHistory() {
        // ASTM E1049-85 (2017), Fig. 6 (rainflow counting example, section 5.4.4): history A..I =
        // -2, 1, -3, 5, -1, 3, -4, 4, -2; published counts (its Fig. 6(f) table): range 3: 0.5, range 4: 1.5,
        // range 6: 0.5, range 8: 1.0, range 9: 0.5. Integer data: the ranges are exact.
        Map<Double, Double> expected = new TreeMap<>(Map.of(3.0, 0.5, 4.0, 1.5, 6.0, 0.5, 8.0, 1.0, 9.0, 0.5));
        assertEquals(expected, cyclesPerRange(0, -2, 1, -3, 5, -1, 3, -4, 4, -2));
    }

    @Test
    void standardsExampleGivesTheSameCountsFedSampleBySample() {
        // The same history sampled every 0.5 unit between its peaks and valleys: the counter must find the same
        // reversals itself (samples that continue a range move its end point).
        List<Double> samples = new ArrayList<>();
        double[] peaks = {-2, 1, -3, 5, -1, 3, -4, 4, -2};
        samples.add(peaks[0]);
        for (int k = 1; k < peaks.length; k++) {
            double step = Math.signum(peaks[k] - peaks[k - 1]) * 0.5;
            for (double x = peaks[k - 1] + step; Math.abs(x - peaks[k]) > 1e-12; x += step) {
                samples.add(x);
            }
            samples.add(peaks[k]);
        }
        double[] history = samples.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(cyclesPerRange(0, peaks), cyclesPerRange(0, history));
    }

    @Test
    void constantAmplitudeAlternationIsHalfCyclesOfThatRange() {
        // 0, 1, 0, 1, 0: four ranges of 1, each closed as a half cycle containing S or left in the residue.
        assertEquals(Map.of(1.0, 2.0), cyclesPerRange(0, 0, 1, 0, 1, 0));
    }

    @Test
    void smallCycleInsideALargeOneIsOneFullCycle() {
        // 0, 10, 4, 6, 0: the 4-6-4 excursion is closed by 6 -> 0 as one full cycle of range 2;
        // 0 -> 10 -> 0 is then two half cycles of 10 (one containing S, one residue).
        Map<Double, Double> cycles = cyclesPerRange(0, 0, 10, 4, 6, 0);
        assertEquals(Map.of(2.0, 1.0, 10.0, 1.0), cycles);
    }

    @Test
    void reversalsWithinTheHysteresisAreIgnored() {
        // Values exact in binary. 0 -> 0.5 with a dip of 2^-11 (below the 1e-3 gate) -> 0.75: one range of 0.75.
        double dip = 0.5 - 0x1p-11;
        assertEquals(Map.of(0.75, 0.5), cyclesPerRange(1e-3, 0, 0.5, dip, 0.75));
        assertEquals(Map.of(0.75, 1.0), cyclesPerRange(1e-3, 0, 0.5, dip, 0.75, 0));
        // A dip of 0.25 is a reversal: Y = (0.5, 0.25) does not contain S = 0 and X = 0.5 >= Y, so one full
        // cycle of 0.25; 0 -> 0.75 stays in the residue as a half cycle.
        assertEquals(Map.of(0.25, 1.0, 0.75, 0.5), cyclesPerRange(1e-3, 0, 0.5, 0.25, 0.75));
        // Without the gate the small dip is a full cycle of 2^-11.
        assertEquals(Map.of(0x1p-11, 1.0, 0.75, 0.5), cyclesPerRange(0, 0, 0.5, dip, 0.75));
    }

    @Test
    void cycleMeanIsTheMidpointOfPeakAndValley() {
        RainflowCounter counter = new RainflowCounter(0);
        List<double[]> counts = new ArrayList<>();
        for (double x : new double[] {0.2, 0.9, 0.5, 0.7, 0.1}) {
            counter.add(x, (range, mean, n) -> counts.add(new double[] {range, mean, n}));
        }
        // 0.1 closes 0.5 -> 0.7 (full cycle), then 0.2 -> 0.9, which contains S (half cycle)
        assertEquals(2, counts.size());
        assertEquals(0.2, counts.get(0)[0], 1e-15, "range of 0.5 -> 0.7");
        assertEquals(0.6, counts.get(0)[1], 1e-15, "mean of 0.5 and 0.7");
        assertEquals(1, counts.get(0)[2], 0);
        assertEquals(0.7, counts.get(1)[0], 1e-15, "range of 0.2 -> 0.9");
        assertEquals(0.55, counts.get(1)[1], 1e-15, "mean of 0.2 and 0.9");
        assertEquals(0.5, counts.get(1)[2], 0);
    }

    @Test
    void residueStaysSmallOverALongBoundedHistory() {
        // A bounded random walk of 1e6 samples in [0, 1]: the residue holds a diverging then a converging sequence
        // of ranges, which the counts keep short; the full history would be 1e6 points.
        Random random = new Random(42);
        RainflowCounter counter = new RainflowCounter(1e-3);
        double soc = 0.5;
        double[] counted = new double[1];
        int largest = 0;
        for (int k = 0; k < 1_000_000; k++) {
            soc = Math.max(0, Math.min(1, soc + 0.01 * random.nextGaussian()));
            counter.add(soc, (range, mean, n) -> counted[0] += n);
            largest = Math.max(largest, counter.residueSize());
        }
        assertTrue(largest < 64, "residue at most " + largest + " points");
        assertTrue(counted[0] > 10_000, "cycles were counted and discarded: " + counted[0]);
    }

    @Test
    void stateRoundTripContinuesTheCountExactly() {
        double[] history = {-2, 1, -3, 5, -1, 3, -4, 4, -2};
        RainflowCounter whole = new RainflowCounter(0);
        RainflowCounter first = new RainflowCounter(0);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int k = 0; k < history.length; k++) {
            whole.add(history[k], (r, m, n) -> a.add(r * n));
            if (k < 5) {
                first.add(history[k], (r, m, n) -> b.add(r * n));
            }
        }
        RainflowCounter resumed = new RainflowCounter(0);
        resumed.restore(first.state());
        for (int k = 5; k < history.length; k++) {
            resumed.add(history[k], (r, m, n) -> b.add(r * n));
        }
        assertEquals(a, b);
    }
}
