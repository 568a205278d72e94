package dev.drivetwin.fmubattery.cell;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import org.hipparchus.analysis.interpolation.BilinearInterpolatingFunction;
import org.hipparchus.analysis.interpolation.BilinearInterpolator;

/**
 * A quantity tabulated over state of charge [1] and temperature [K], interpolated bilinearly with Hipparchus's
 * {@link BilinearInterpolator}. Outside the grid the value is that of the nearest edge (inputs are clamped to the
 * axes), so a cell slightly beyond its tabulated range does not extrapolate into nonsense. Immutable and
 * thread-safe.
 */
public final class SocTemperatureTable {
    private final String name;
    private final double[] socAxis;
    private final double[] temperatureAxis;
    private final BilinearInterpolatingFunction function;

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
        double[][] copy = new double[values.length][];
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
            copy[i] = values[i].clone();
        }
        this.socAxis = socAxis.clone();
        this.temperatureAxis = temperatureAxis.clone();
        this.function = new BilinearInterpolator().interpolate(this.socAxis, this.temperatureAxis, copy);
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
        return function.value(clamp(soc, socAxis), clamp(temperature, temperatureAxis));
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
        return (function.value(s, t1) - function.value(s, t0)) / (t1 - t0);
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
