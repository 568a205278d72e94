package dev.drivetwin.fmubattery.cell;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * Thevenin equivalent circuit of one cell: OCV(SOC, T) in series with R0 and two RC pairs (R1 ‖ C1, R2 ‖ C2).
 * Current {@code i} is positive on discharge. With polarisation voltages u1, u2 across the RC pairs:
 * <pre>
 *   terminal voltage  v = OCV(SOC, T) - u1 - u2 - i·R0·g
 *   du_k/dt = i/C_k - u_k/(R_k·g·C_k)            k = 1, 2
 *   dSOC/dt = -i/Q          (discharge, i > 0)
 *   dSOC/dt = -η·i/Q        (charge, i < 0)
 * </pre>
 * where g ≥ 1 is the resistance growth factor from aging and Q the present (aged) capacity [C]. This class holds
 * the algebra; {@code pack.Pack} integrates the states adaptively (R and C may vary with SOC and T within a step).
 * {@link #stepConstantCurrent} solves the same equations in closed form over an interval of constant current, with R
 * and C taken at the interval's mid-point SOC (exact when the tables do not depend on SOC): the fast simulation
 * behind fits to measured data. Immutable and thread-safe.
 */
public final class TheveninCell {
    private final CellParameters parameters;
    private final OcvTable ocv;
    private final SocTemperatureTable r0;
    private final SocTemperatureTable r1;
    private final SocTemperatureTable c1;
    private final SocTemperatureTable r2;
    private final SocTemperatureTable c2;

    public TheveninCell(CellParameters parameters) {
        this.parameters = parameters;
        double[] s = parameters.socAxis();
        double[] t = parameters.temperatureAxis();
        this.ocv = new OcvTable(s, t, parameters.ocv());
        this.r0 = new SocTemperatureTable("cell.r0", s, t, parameters.r0());
        this.r1 = new SocTemperatureTable("cell.r1", s, t, parameters.r1());
        this.c1 = new SocTemperatureTable("cell.c1", s, t, parameters.c1());
        this.r2 = new SocTemperatureTable("cell.r2", s, t, parameters.r2());
        this.c2 = new SocTemperatureTable("cell.c2", s, t, parameters.c2());
    }

    public CellParameters parameters() {
        return parameters;
    }

    /** OCV [V]. */
    public double ocv(double soc, double temperature) {
        return ocv.ocv(soc, temperature);
    }

    /**
     * Locates (SOC, T) in the grid all of this cell's tables share (the parameters' one SOC and temperature axis),
     * for the look-ups below that take a {@link GridPoint}: each gives the same value as its (SOC, T) form.
     */
    public void locate(double soc, double temperature, GridPoint point) {
        ocv.locate(soc, temperature, point);
    }

    public double ocv(GridPoint point) {
        return ocv.ocv(point);
    }

    public double r0(GridPoint point) {
        return r0.value(point);
    }

    public double r1(GridPoint point) {
        return r1.value(point);
    }

    public double c1(GridPoint point) {
        return c1.value(point);
    }

    public double r2(GridPoint point) {
        return r2.value(point);
    }

    public double c2(GridPoint point) {
        return c2.value(point);
    }

    /** dOCV/dT [V/K]. */
    public double entropicCoefficient(double soc, double temperature) {
        return ocv.entropicCoefficient(soc, temperature);
    }

    /** R0 [Ohm] of a new cell. */
    public double r0(double soc, double temperature) {
        return r0.value(soc, temperature);
    }

    public double r1(double soc, double temperature) {
        return r1.value(soc, temperature);
    }

    public double c1(double soc, double temperature) {
        return c1.value(soc, temperature);
    }

    public double r2(double soc, double temperature) {
        return r2.value(soc, temperature);
    }

    public double c2(double soc, double temperature) {
        return c2.value(soc, temperature);
    }

    /** The shortest RC time constant R_k·C_k anywhere in the tables [s] (a new cell; aging only lengthens it). */
    public double shortestTimeConstant() {
        double[][] r1s = parameters.r1();
        double[][] c1s = parameters.c1();
        double[][] r2s = parameters.r2();
        double[][] c2s = parameters.c2();
        double shortest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r1s.length; i++) {
            for (int j = 0; j < r1s[i].length; j++) {
                shortest = Math.min(shortest, Math.min(r1s[i][j] * c1s[i][j], r2s[i][j] * c2s[i][j]));
            }
        }
        return shortest;
    }

    /** dSOC/dt [1/s] for current {@code current} [A] (positive discharge) and present capacity [C]. */
    public double socRate(double current, double capacity) {
        double stored = current > 0 ? current : parameters.coulombicEfficiency() * current;
        return -stored / capacity;
    }

    /**
     * du/dt [V/s] of one RC pair: i/C - u/(R·C).
     *
     * @param current [A], positive discharge
     * @param u voltage across the pair [V]
     * @param r resistance [Ohm], including aging growth
     * @param c capacitance [F]
     */
    public static double polarisationRate(double current, double u, double r, double c) {
        return current / c - u / (r * c);
    }

    /**
     * The exact solution of {@link #polarisationRate} after {@code dt} [s] with current, R and C held:
     * u·e^(-dt/τ) + R·i·(1 - e^(-dt/τ)), τ = R·C.
     */
    public static double polarisationAfter(double current, double u, double r, double c, double dt) {
        double x = -dt / (r * c);
        return u * Math.exp(x) - r * current * Math.expm1(x);
    }

    /**
     * The state after {@code dt} [s] of constant {@code current} [A] (positive discharge) from {@code state}: SOC
     * falls by {@link #socRate}·dt (exact), each RC pair follows {@link #polarisationAfter} with R_k·g and C_k taken
     * at the SOC of the middle of the interval. This is the exact solution of the cell's equations when R and C do
     * not depend on SOC (temperature is held); otherwise the midpoint makes its error second order in the step.
     *
     * @param temperature cell temperature [K], held over the interval
     * @param capacity present capacity [C]
     * @param growth resistance growth factor g ≥ 1
     */
    public CellState stepConstantCurrent(CellState state, double current, double temperature, double capacity,
            double growth, double dt) {
        double rate = socRate(current, capacity);
        double mid = state.soc() + 0.5 * rate * dt;
        double r1g = r1(mid, temperature) * growth;
        double r2g = r2(mid, temperature) * growth;
        return new CellState(state.soc() + rate * dt,
                polarisationAfter(current, state.u1(), r1g, c1(mid, temperature), dt),
                polarisationAfter(current, state.u2(), r2g, c2(mid, temperature), dt));
    }

    /** Terminal voltage [V] in {@code state}. @param growth resistance growth factor g ≥ 1 */
    public double terminalVoltage(CellState state, double temperature, double current, double growth) {
        return terminalVoltage(state.soc(), temperature, state.u1(), state.u2(), current, growth);
    }

    /** Terminal voltage [V]. @param growth resistance growth factor g ≥ 1 */
    public double terminalVoltage(double soc, double temperature, double u1, double u2, double current,
            double growth) {
        return ocv(soc, temperature) - u1 - u2 - current * r0(soc, temperature) * growth;
    }

    /**
     * The current [A] (positive discharge) that draws {@code power} [W] from a source of voltage {@code e} [V]
     * behind resistance {@code r} [Ohm]: the smaller root of P = i·(e - i·r), written as
     * i = 2P / (e + sqrt(e² - 4·r·P)) so that it stays accurate for small P.
     *
     * @throws BatteryException POWER_NOT_DELIVERABLE when P exceeds the maximum e²/(4·r)
     */
    public static double currentForPower(double power, double e, double r) {
        double discriminant = e * e - 4 * r * power;
        if (!(discriminant >= 0) || !(e > 0)) {
            throw new BatteryException(BatteryError.POWER_NOT_DELIVERABLE, power, e > 0 ? e * e / (4 * r) : 0, e,
                    r);
        }
        return 2 * power / (e + Math.sqrt(discriminant));
    }
}
