package dev.drivetwin.fmubattery.cell;

import static dev.drivetwin.fmubattery.BatteryException.requirePositive;
import static dev.drivetwin.fmubattery.BatteryException.requireText;
import static dev.drivetwin.fmubattery.BatteryException.requireWithin;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * Parameters of one {@link TheveninCell}, all SI. Tables are over {@code socAxis} [1] (rows) and
 * {@code temperatureAxis} [K] (columns).
 *
 * @param capacity nominal capacity of a new cell [C] (A·s; 1 Ah = 3600 C)
 * @param coulombicEfficiency share of the charging current that is stored [1], in (0, 1]
 * @param minimumVoltage discharge cut-off [V]
 * @param maximumVoltage charge cut-off [V]
 * @param minimumSoc lowest allowed state of charge [1]
 * @param maximumSoc highest allowed state of charge [1]
 * @param maximumDischargeCurrent continuous discharge current limit [A]
 * @param maximumChargeCurrent continuous charge current limit [A], as a positive number
 * @param ocv open-circuit voltage [V]
 * @param r0 series resistance [Ohm]
 * @param r1 resistance of the fast RC pair [Ohm]
 * @param c1 capacitance of the fast RC pair [F]
 * @param r2 resistance of the slow RC pair [Ohm]
 * @param c2 capacitance of the slow RC pair [F]
 * @param source where the values come from
 */
public record CellParameters(double capacity, double coulombicEfficiency, double minimumVoltage,
        double maximumVoltage, double minimumSoc, double maximumSoc, double maximumDischargeCurrent,
        double maximumChargeCurrent, double[] socAxis, double[] temperatureAxis, double[][] ocv, double[][] r0,
        double[][] r1, double[][] c1, double[][] r2, double[][] c2, String source) {

    public CellParameters {
        requirePositive("cell.capacity", capacity);
        requireWithin("cell.coulombicEfficiency", coulombicEfficiency, Double.MIN_VALUE, 1);
        requirePositive("cell.minimumVoltage", minimumVoltage);
        requirePositive("cell.maximumVoltage", maximumVoltage);
        if (!(maximumVoltage > minimumVoltage)) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, "cell.maximumVoltage", maximumVoltage,
                    "(cell.minimumVoltage = " + minimumVoltage + ", inf)");
        }
        requireWithin("cell.minimumSoc", minimumSoc, 0, 1);
        requireWithin("cell.maximumSoc", maximumSoc, 0, 1);
        if (!(maximumSoc > minimumSoc)) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, "cell.maximumSoc", maximumSoc,
                    "(cell.minimumSoc = " + minimumSoc + ", 1]");
        }
        requirePositive("cell.maximumDischargeCurrent", maximumDischargeCurrent);
        requirePositive("cell.maximumChargeCurrent", maximumChargeCurrent);
        requireText("cell.source", source);
        socAxis = socAxis == null ? null : socAxis.clone();
        temperatureAxis = temperatureAxis == null ? null : temperatureAxis.clone();
        ocv = copy(ocv);
        r0 = copy(r0);
        r1 = copy(r1);
        c1 = copy(c1);
        r2 = copy(r2);
        c2 = copy(c2);
        // Building each table checks axes and shapes now, at instantiation, with the field named.
        new SocTemperatureTable("cell.ocv", socAxis, temperatureAxis, ocv);
        String[] names = {"cell.r0", "cell.r1", "cell.c1", "cell.r2", "cell.c2"};
        double[][][] tables = {r0, r1, c1, r2, c2};
        for (int k = 0; k < names.length; k++) {
            new SocTemperatureTable(names[k], socAxis, temperatureAxis, tables[k]);
            for (int i = 0; i < tables[k].length; i++) {
                for (int j = 0; j < tables[k][i].length; j++) {
                    requirePositive(names[k] + "[" + i + "][" + j + "]", tables[k][i][j]);
                }
            }
        }
    }

    /** A copy with every resistance and capacitance table replaced; the rest unchanged. */
    public CellParameters withCircuit(double capacity, double[][] r0, double[][] r1, double[][] c1, double[][] r2,
            double[][] c2, double[][] ocv, String source) {
        return new CellParameters(capacity, coulombicEfficiency, minimumVoltage, maximumVoltage, minimumSoc,
                maximumSoc, maximumDischargeCurrent, maximumChargeCurrent, socAxis, temperatureAxis, ocv, r0, r1,
                c1, r2, c2, source);
    }

    @Override
    public double[] socAxis() {
        return socAxis.clone();
    }

    @Override
    public double[] temperatureAxis() {
        return temperatureAxis.clone();
    }

    @Override
    public double[][] ocv() {
        return copy(ocv);
    }

    @Override
    public double[][] r0() {
        return copy(r0);
    }

    @Override
    public double[][] r1() {
        return copy(r1);
    }

    @Override
    public double[][] c1() {
        return copy(c1);
    }

    @Override
    public double[][] r2() {
        return copy(r2);
    }

    @Override
    public double[][] c2() {
        return copy(c2);
    }

    private static double[][] copy(double[][] table) {
        if (table == null) {
            return null;
        }
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i] == null ? null : table[i].clone();
        }
        return copy;
    }
}
