package dev.drivetwin.fmubattery.cell;

/**
 * Open-circuit voltage OCV(SOC, T) [V] and its entropic coefficient dOCV/dT [V/K], from a table over SOC and
 * temperature. Rejects axes that are unsorted, outside their range or shorter than two points
 * ({@link SocTemperatureTable}). Immutable and thread-safe.
 */
public final class OcvTable {
    private final SocTemperatureTable table;

    /** @param socAxis [1] @param temperatureAxis [K] @param ocv {@code ocv[i][j]} [V] */
    public OcvTable(double[] socAxis, double[] temperatureAxis, double[][] ocv) {
        this.table = new SocTemperatureTable("cell.ocv", socAxis, temperatureAxis, ocv);
    }

    /** OCV [V] at {@code soc} [1] and {@code temperature} [K]; clamped to the table's axes. */
    public double ocv(double soc, double temperature) {
        return table.value(soc, temperature);
    }

    /** Locates a point in the grid this table shares with the cell's other tables. */
    public void locate(double soc, double temperature, GridPoint point) {
        table.locate(soc, temperature, point);
    }

    /** OCV [V] at a {@link #locate}d point. */
    public double ocv(GridPoint point) {
        return table.value(point);
    }

    /** dOCV/dT [V/K], the entropic coefficient behind the reversible heat. */
    public double entropicCoefficient(double soc, double temperature) {
        return table.temperatureDerivative(soc, temperature);
    }
}
