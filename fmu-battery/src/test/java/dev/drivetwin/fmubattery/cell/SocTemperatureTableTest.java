package dev.drivetwin.fmubattery.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.hipparchus.analysis.interpolation.BilinearInterpolatingFunction;
import org.hipparchus.analysis.interpolation.BilinearInterpolator;
import org.junit.jupiter.api.Test;

class SocTemperatureTableTest {
    /** Unevenly spaced axes with curved data, so a different cell or a different order of operations shows. */
    private static final double[] SOC = {0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 1};
    private static final double[] T = {258.15, 273.15, 283.15, 298.15, 313.15, 328.15};

    private static double[][] curved() {
        double[][] v = new double[SOC.length][T.length];
        for (int i = 0; i < SOC.length; i++) {
            for (int j = 0; j < T.length; j++) {
                v[i][j] = 3.2 + 0.9 * Math.sqrt(SOC[i]) + Math.sin(7 * SOC[i]) * 1e-3 * (T[j] - 290) / (1 + j * j);
            }
        }
        return v;
    }

    /**
     * The interpolant replaces Hipparchus's {@link BilinearInterpolatingFunction} in the battery's derivative
     * function; it must give the same double (tolerance 0), at random points visited in random order (so the
     * remembered cell is sometimes right and sometimes not), at every node (where the choice of cell matters to
     * the last bit) and at the ends, and the same NaN for NaN.
     */
    @Test
    void givesHipparchusBilinearValuesBitForBit() {
        SocTemperatureTable table = new SocTemperatureTable("test", SOC, T, curved());
        BilinearInterpolatingFunction hipparchus = new BilinearInterpolator().interpolate(SOC, T, curved());
        SplittableRandom random = new SplittableRandom(20261124L);
        for (int n = 0; n < 20_000; n++) {
            double s = random.nextDouble();
            double t = T[0] + random.nextDouble() * (T[T.length - 1] - T[0]);
            if (n % 3 == 0) { // a small move, as between the stages of one step
                s = Math.min(1, Math.max(0, s * 1e-3 + SOC[random.nextInt(SOC.length)]));
            }
            assertEquals(hipparchus.value(s, t), table.value(s, t), 0.0, "at " + s + ", " + t);
        }
        for (double s : SOC) {
            for (double t : T) {
                assertEquals(hipparchus.value(s, t), table.value(s, t), 0.0, "at node " + s + ", " + t);
                assertEquals(hipparchus.value(s, t), table.value(s, t), 0.0, "again at node " + s + ", " + t);
            }
        }
        assertEquals(Double.NaN, table.value(Double.NaN, 300), 0.0);
        assertEquals(Double.NaN, table.value(0.5, Double.NaN), 0.0);
    }

    /**
     * A point located once serves every table on the same axes: another table's value there is its value at
     * (SOC, T), bit for bit, also outside the axes (clamped) and at nodes.
     */
    @Test
    void aLocatedPointGivesEachTableOnTheSameAxesItsValueBitForBit() {
        SocTemperatureTable locator = new SocTemperatureTable("locator", SOC, T, curved());
        double[][] other = curved();
        for (double[] row : other) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 1 / row[j] + j;
            }
        }
        SocTemperatureTable table = new SocTemperatureTable("other", SOC, T, other);
        GridPoint point = new GridPoint();
        SplittableRandom random = new SplittableRandom(7L);
        for (int n = 0; n < 20_000; n++) {
            double s = n % 50 == 0 ? SOC[random.nextInt(SOC.length)] : -0.1 + 1.2 * random.nextDouble();
            double t = n % 70 == 0 ? T[random.nextInt(T.length)] : T[0] - 10 + random.nextDouble() * 90;
            locator.locate(s, t, point);
            assertEquals(table.value(s, t), table.value(point), 0.0, "at " + s + ", " + t);
            assertEquals(locator.value(s, t), locator.value(point), 0.0, "at " + s + ", " + t);
        }
    }

    /** The slope is the difference of two Hipparchus values at the interval's nodes, bit for bit. */
    @Test
    void temperatureSlopeIsTheDifferenceOfHipparchusValuesBitForBit() {
        SocTemperatureTable table = new SocTemperatureTable("test", SOC, T, curved());
        BilinearInterpolatingFunction hipparchus = new BilinearInterpolator().interpolate(SOC, T, curved());
        SplittableRandom random = new SplittableRandom(42L);
        for (int n = 0; n < 5_000; n++) {
            double s = random.nextDouble();
            double t = T[0] + random.nextDouble() * (T[T.length - 1] - T[0]);
            int j = 0;
            while (j < T.length - 2 && t >= T[j + 1]) {
                j++;
            }
            double expected = (hipparchus.value(s, T[j + 1]) - hipparchus.value(s, T[j])) / (T[j + 1] - T[j]);
            assertEquals(expected, table.temperatureDerivative(s, t), 0.0, "at " + s + ", " + t);
        }
    }
}
