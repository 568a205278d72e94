package dev.drivetwin.fmubattery.cell;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
/**
 * A quantity tabulated over state of charge [1] and temperature [K], interpolated bilinearly. The interpolant is
 * the one of Hipparchus's {@code BilinearInterpolator}, bit for bit: the same grid cell for every point (the
 * interval [a_k, a_k+1) that holds it, the last interval for the last node) and the same arithmetic
 * ({@code SocTemperatureTableTest} compares the two). It is evaluated here rather than through Hipparchus so the
 * derivative function of {@code pack.Pack}, which calls it about fifty times per 1 ms step, first tries the cell of
 * the previous call and does not pay for Hipparchus's atomic index cache. Outside the grid the value is that of the
 * nearest edge (inputs are clamped to the axes), so a cell slightly beyond its tabulated range does not extrapolate
 * into nonsense. Immutable in its values and thread-safe: the only mutable fields are the remembered cell indices,
 * plain ints that are checked against the point before use, so a stale or another thread's index costs only a
 * search.
 */
public final class SocTemperatureTable {
    private final String name;
    private final double[] socAxis;
    private final double[] temperatureAxis;
    /** values[i][j] at index i·temperatureAxis.length + j. */
    private final double[] grid;
    private int lastSocCell;
    private int lastTemperatureCell;

    /**
     * @param name what the table holds, for messages (e.g. "cell.ocv")
     * @param socAxis strictly increasing states of charge within [0, 1], at least two
     * @param temperatureAxis strictly increasing temperatures [K], positive, at least two
     * @param values {@code values[i][j]} at socAxis[i], temperatureAxis[j]; all finite
     * @throws BatteryException BAD_AXIS or BAD_TABLE naming the offending axis, row or value
     */
    public SocTemperatureTable(String name, double[] socAxis, double[] temperatureAxis, double[][] values) {
        this.name = name;
        checkAxis(name + ".socAxis", socAxis, 0, 1);
        checkAxis(name + ".temperatureAxis", temperatureAxis, Double.MIN_VALUE, Double.MAX_VALUE);
        if (values == null || values.length != socAxis.length) {
            throw new BatteryException(BatteryError.BAD_TABLE, name, "needs one row per SOC point ("
                    + socAxis.length + "), has " + (values == null ? "none" : values.length));
        }
        double[] flat = new double[values.length * temperatureAxis.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != temperatureAxis.length) {
                throw new BatteryException(BatteryError.BAD_TABLE, name + "[" + i + "]", "needs one value per"
                        + " temperature point (" + temperatureAxis.length + "), has "
                        + (values[i] == null ? "none" : values[i].length));
            }
            for (int j = 0; j < values[i].length; j++) {
                if (!Double.isFinite(values[i][j])) {
                    throw new BatteryException(BatteryError.BAD_TABLE, name + "[" + i + "][" + j + "]",
                            "value " + values[i][j] + " is not finite");
                }
            }
            System.arraycopy(values[i], 0, flat, i * temperatureAxis.length, temperatureAxis.length);
        }
        this.socAxis = socAxis.clone();
        this.temperatureAxis = temperatureAxis.clone();
        this.grid = flat;
    }

    private static void checkAxis(String field, double[] axis, double low, double high) {
        if (axis == null || axis.length < 2) {
            throw new BatteryException(BatteryError.BAD_AXIS, field, "needs at least 2 points, has "
                    + (axis == null ? 0 : axis.length));
        }
        for (int i = 0; i < axis.length; i++) {
            if (!(axis[i] >= low && axis[i] <= high)) {
                throw new BatteryException(BatteryError.BAD_AXIS, field + "[" + i + "]", "value " + axis[i]
                        + " outside [" + low + ", " + high + "]");
            }
            if (i > 0 && !(axis[i] > axis[i - 1])) {
                throw new BatteryException(BatteryError.BAD_AXIS, field + "[" + i + "]", "value " + axis[i]
                        + " does not exceed the one before it (" + axis[i - 1] + "); axes must be strictly"
                        + " increasing");
            }
        }
    }

    /** The interpolated value at {@code soc} [1] and {@code temperature} [K], both clamped to the axes. */
    public double value(double soc, double temperature) {
        return interpolate(clamp(soc, socAxis), clamp(temperature, temperatureAxis));
    }

    /**
     * Locates {@code soc} [1] and {@code temperature} [K], both clamped to the axes, in this table's grid: {@code
     * point} then serves {@link #value(GridPoint)} of every table on the same axes.
     */
    public void locate(double soc, double temperature, GridPoint point) {
        locateInside(clamp(soc, socAxis), clamp(temperature, temperatureAxis), point);
    }

    /**
     * The interpolated value at a point {@link #locate}d in this table or in another on the same axes, the same to
     * the last bit as {@link #value(double, double)} there.
     */
    public double value(GridPoint point) {
        int columns = temperatureAxis.length;
        int k0 = point.socCell * columns + point.temperatureCell;
        int k1 = k0 + columns;
        double z00 = grid[k0];
        double z01 = grid[k0 + 1];
        double z10 = grid[k1];
        double z11 = grid[k1 + 1];
        // the weighted sum in the order Hipparchus evaluates it, so the results are the same to the last bit
        return (point.ds0 * (point.dt0 * z11 + point.dt1 * z10) + point.ds1 * (point.dt0 * z01 + point.dt1 * z00))
                / point.area;
    }

    /** The bilinear interpolant at a point inside the grid (or NaN). */
    private double interpolate(double s, double t) {
        GridPoint point = new GridPoint(); // short-lived: the JIT keeps it in registers
        locateInside(s, t, point);
        return value(point);
    }

    private void locateInside(double s, double t, GridPoint point) {
        int i = cell(socAxis, s, lastSocCell);
        lastSocCell = i;
        int j = cell(temperatureAxis, t, lastTemperatureCell);
        lastTemperatureCell = j;
        double s0 = socAxis[i];
        double s1 = socAxis[i + 1];
        double t0 = temperatureAxis[j];
        double t1 = temperatureAxis[j + 1];
        point.socCell = i;
        point.temperatureCell = j;
        point.ds0 = s - s0;
        point.ds1 = s1 - s;
        point.dt0 = t - t0;
        point.dt1 = t1 - t;
        point.area = (s1 - s0) * (t1 - t0);
    }

    /**
     * The index k of the interval [axis[k], axis[k+1]) that holds {@code x}, the last interval for the last node:
     * {@code guess} when it is that interval, else found by bisection. {@code x} lies within the axis or is NaN
     * (which gives the last interval; the value is NaN whichever is used).
     */
    private static int cell(double[] axis, double x, int guess) {
        int last = axis.length - 2;
        if (x >= axis[guess] && (x < axis[guess + 1] || guess == last && x == axis[last + 1])) {
            return guess;
        }
        int low = 0;
        int high = last + 1;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (x < axis[middle]) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return low;
    }

    /**
     * The partial derivative with respect to temperature [unit/K]: the slope of the bilinear interpolant inside
     * the temperature interval that holds {@code temperature}; zero outside the axis (where the value is held).
     */
    public double temperatureDerivative(double soc, double temperature) {
        double t = temperature;
        if (t < temperatureAxis[0] || t > temperatureAxis[temperatureAxis.length - 1]) {
            return 0;
        }
        int j = 0;
        while (j < temperatureAxis.length - 2 && t >= temperatureAxis[j + 1]) {
            j++;
        }
        double s = clamp(soc, socAxis);
        double t0 = temperatureAxis[j];
        double t1 = temperatureAxis[j + 1];
        return (interpolate(s, t1) - interpolate(s, t0)) / (t1 - t0);
    }

    public String name() {
        return name;
    }

    public double[] socAxis() {
        return socAxis.clone();
    }

    public double[] temperatureAxis() {
        return temperatureAxis.clone();
    }

    private static double clamp(double x, double[] axis) {
        return Math.max(axis[0], Math.min(axis[axis.length - 1], x));
    }
}
