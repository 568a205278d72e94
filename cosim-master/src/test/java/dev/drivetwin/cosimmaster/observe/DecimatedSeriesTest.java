package dev.drivetwin.cosimmaster.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {

    @Test
    void keepsEverySampleWhileThereIsRoom() {
        DecimatedSeries series = new DecimatedSeries(1, 5);
        for (int k = 0; k < 10; k++) {
            series.add(k, new double[] {k * k});
        }
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, series.times());
        assertArrayEquals(new double[] {0, 1, 4, 9, 16, 25, 36, 49, 64, 81}, series.values(0));
    }

    /**
     * For any run length the kept samples are evenly spaced from sample 0, between points and 2 * points of them
     * (once the run has that many), each with its own value, and the latest sample ends the series.
     */
    @ParameterizedTest
    @ValueSource(ints = {11, 20, 21, 1000, 4097, 1_000_003})
    void staysBoundedEvenlySpacedAndEndsWithTheLatestSample(int samples) {
        int points = 5;
        DecimatedSeries series = new DecimatedSeries(2, points);
        for (int k = 0; k < samples; k++) {
            series.add(k, new double[] {2.0 * k, -k});
        }
        double[] times = series.times();
        double[] doubled = series.values(0);
        double[] negated = series.values(1);
        assertTrue(times.length <= 2 * points + 1, () -> times.length + " samples kept");
        assertTrue(times.length >= points, () -> times.length + " samples kept");
        assertEquals(0, times[0]);
        assertEquals(samples - 1, times[times.length - 1], "the latest sample is always drawn");
        double spacing = times[1] - times[0];
        assertEquals(Long.bitCount((long) spacing), 1, "the spacing is a power of two");
        for (int i = 0; i < times.length; i++) {
            if (i < times.length - 1) {
                assertEquals(i * spacing, times[i], 0.0, "evenly spaced");
            }
            assertEquals(2 * times[i], doubled[i], 0.0);
            assertEquals(-times[i], negated[i], 0.0);
        }
    }

    @Test
    void isEmptyBeforeTheFirstSample() {
        DecimatedSeries series = new DecimatedSeries(1, 2);
        assertEquals(0, series.times().length);
        assertEquals(0, series.values(0).length);
        assertThrows(IllegalArgumentException.class, () -> new DecimatedSeries(1, 1));
    }
}
