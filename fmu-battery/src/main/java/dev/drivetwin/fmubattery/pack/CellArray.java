package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.aging.AgingModel;
import dev.drivetwin.fmubattery.aging.AgingStress;
import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.cell.GridPoint;
import dev.drivetwin.fmubattery.cell.TheveninCell;
import dev.drivetwin.fmubattery.thermal.LumpedThermalModel;

/**
 * The cells a {@link Pack} simulates, their electrical coupling and their aging. Identical cells are simulated as
 * one cell that stands for all Ns × Np; with a {@link CellSpread} every cell is simulated, in Ns series groups of Np
 * cells in parallel, each with its own capacity and resistance factors, SOC, polarisation voltages, charge
 * throughput, aging stress integrals and temperature. Cell n's states sit at {@link #STATES_PER_CELL}·n +
 * {@link #SOC}, {@link #U1}, {@link #U2}, {@link #THROUGHPUT}, {@link #AGING}…+3 and {@link #TEMPERATURE} of the
 * state vector.
 *
 * <p>Each cell has its own lumped temperature ({@link LumpedThermalModel}): its own heat, its own heat transfer to
 * the coolant, h·A times its factor, and conduction G·(T_n - T_m) to each neighbour m, the cells standing in a row
 * in the pack's order (group by group, cell by cell; G the preset's {@code cellToCellConductance}). So a cell that
 * is cooled worse or heats more runs warmer, its neighbours take some of its heat, and its tables, entropic heat and
 * aging see its own temperature.
 *
 * <p>Each cell ages by its own stress (its current, SOC, OCV and temperature), with its own new
 * capacity q_n·Q_nom as the reference of its C-rate, depth of cycle and state of health, so a weaker cell, which
 * cycles deeper and at a higher C-rate, ages faster; its capacity loss and resistance growth feed back into its
 * own capacity and resistances.
 *
 * <p>Kirchhoff's laws couple them. The groups in series carry one current I_g. Cells in parallel share the group's
 * terminal voltage V, so with e_k = OCV_k - u1_k - u2_k and R0_k (aged, with its factor) the cell currents are
 * <pre>
 *   i_k = (e_k - V) / R0_k,   Σ_k i_k = I_g   ⇒   V = (Σ_k e_k/R0_k - I_g) / Σ_k (1/R0_k)
 * </pre>
 * exact at every instant, since the RC voltages are states and only R0 carries the current's jump. With x the mean
 * cell current I_g/Np the group voltage is linear, V = a - R·x with a = Σ e_k/R0_k / Σ 1/R0_k and
 * R = Np / Σ 1/R0_k: the group's Thevenin equivalent per cell, which gives the power solution and the limits.
 * Unequal capacities make the cells' SOCs drift apart and the currents redistribute; cells in parallel balance
 * each other, groups in series do not (no balancing circuit is modelled).
 *
 * <p>{@link #share} evaluates the currents at a state into scratch arrays that the other methods read: not
 * thread-safe.
 */
final class CellArray {
    static final int SOC = 0;
    static final int U1 = 1;
    static final int U2 = 2;
    static final int THROUGHPUT = 3; // ∫|i| dt [C]
    static final int AGING = 4;      // the aging law's stress integrals w[0..3]
    /** The cell's temperature [K], last, so that one simulated cell keeps the state order of the shared one. */
    static final int TEMPERATURE = AGING + AgingModel.DIMENSION;
    static final int STATES_PER_CELL = TEMPERATURE + 1;

    private final TheveninCell cell;
    private final LumpedThermalModel thermal;
    private final CellParameters limits;
    private final AgingModel aging;
    private final double agingAcceleration;
    /** Whether the cycle integrals are advanced per counted cycle (by the Pack), not integrated. */
    private final boolean cyclesCounted;
    /** Capacity of each cell when new [C]: the preset's times its factor. */
    private final double[] nominalCapacity;
    private final int groups;
    private final int cellsPerGroup;
    private final double[] capacityFactor;
    private final double[] resistanceFactor;
    private final double[] heatTransferFactor;
    /** G / (m·c_p) [1/s]: a cell's dT/dt per kelvin it is warmer than a neighbour, from conduction to it. */
    private final double conductionRate;
    private final double inverseCount;

    // scratch for one cell's stress integrals and aging rates
    private final double[] w = new double[AgingModel.DIMENSION];
    private final double[] rates = new double[AgingModel.DIMENSION];
    // scratch, rewritten by share(): per cell
    /** Where the cell's (SOC, T) lies in the tables' grid, so its look-ups search the axes once. */
    private final GridPoint[] points;
    private final double[] growth;
    private final double[] ocv;
    private final double[] r0;
    private final double[] emf;
    private final double[] current;
    // per group: the Thevenin equivalent per cell, V = a - R·x, and the terminal voltage at the shared current
    private final double[] groupEmf;
    private final double[] groupResistance;
    private final double[] groupVoltage;

    /** Means over the cells of the last {@link #derivatives} call: per cell of the pack. */
    double meanHeat;
    double meanHeatToCoolant;
    double meanPower;
    double meanChemicalPower;

    /** @param agingAcceleration aging seconds per simulated second, ≥ 0 (0: no aging) */
    CellArray(TheveninCell cell, LumpedThermalModel thermal, AgingModel aging, double agingAcceleration,
            PackParameters pack, CellSpread spread) {
        this.cell = cell;
        this.thermal = thermal;
        this.limits = cell.parameters();
        this.aging = aging;
        this.agingAcceleration = agingAcceleration;
        this.cyclesCounted = agingAcceleration > 0 && aging.usesDepthOfCycle();
        boolean resolved = !spread.isNone();
        this.groups = resolved ? pack.seriesCells() : 1;
        this.cellsPerGroup = resolved ? pack.parallelCells() : 1;
        int count = groups * cellsPerGroup;
        double[][] factors = spread.drawFactors(count);
        this.capacityFactor = factors[0];
        this.resistanceFactor = factors[1];
        this.heatTransferFactor = factors[2];
        this.conductionRate = thermal.parameters().cellToCellConductance() / thermal.parameters().heatCapacity();
        this.inverseCount = 1.0 / count;
        this.nominalCapacity = new double[count];
        for (int n = 0; n < count; n++) {
            nominalCapacity[n] = limits.capacity() * capacityFactor[n];
        }
        this.points = new GridPoint[count];
        for (int n = 0; n < count; n++) {
            points[n] = new GridPoint();
        }
        this.growth = new double[count];
        this.ocv = new double[count];
        this.r0 = new double[count];
        this.emf = new double[count];
        this.current = new double[count];
        this.groupEmf = new double[groups];
        this.groupResistance = new double[groups];
        this.groupVoltage = new double[groups];
    }

    int count() {
        return capacityFactor.length;
    }

    int groups() {
        return groups;
    }

    int cellsPerGroup() {
        return cellsPerGroup;
    }

    int dimension() {
        return STATES_PER_CELL * count();
    }

    double capacityFactor(int n) {
        return capacityFactor[n];
    }

    double resistanceFactor(int n) {
        return resistanceFactor[n];
    }

    double heatTransferFactor(int n) {
        return heatTransferFactor[n];
    }

    /** Capacity of cell n when new [C]. */
    double nominalCapacity(int n) {
        return nominalCapacity[n];
    }

    /** Starts every cell new, at {@code soc} and {@code temperature} [K], with no polarisation. */
    void start(double[] y, double soc, double temperature) {
        for (int n = 0; n < count(); n++) {
            y[STATES_PER_CELL * n + SOC] = soc;
            y[STATES_PER_CELL * n + TEMPERATURE] = temperature;
        }
    }

    /** Resistance factor 1 + growth of cell n from its aging [1]. */
    double growth(double[] s, int n) {
        System.arraycopy(s, STATES_PER_CELL * n + AGING, w, 0, AgingModel.DIMENSION);
        return 1 + aging.resistanceGrowth(w);
    }

    /** State of health of cell n: its present capacity over its capacity when new [1]. */
    double stateOfHealth(double[] s, int n) {
        System.arraycopy(s, STATES_PER_CELL * n + AGING, w, 0, AgingModel.DIMENSION);
        return 1 - capacityLoss();
    }

    /** Capacity loss of the stress integrals in {@link #w}, capped so that a cell keeps some capacity. */
    private double capacityLoss() {
        return Math.min(0.999, aging.capacityLoss(w));
    }

    /**
     * Shares the group current among the cells of each group at state {@code s}: fills the cells' aging growth,
     * OCV, aged R0, currents, and each group's Thevenin equivalent and terminal voltage.
     *
     * @param groupCurrent current through each series group [A], positive on discharge
     */
    void share(double[] s, double groupCurrent) {
        for (int j = 0; j < groups; j++) {
            shareInGroup(s, j, groupCurrent);
        }
    }

    private void shareInGroup(double[] s, int j, double groupCurrent) {
        int first = j * cellsPerGroup;
        for (int n = first; n < first + cellsPerGroup; n++) {
            cell.locate(s[STATES_PER_CELL * n + SOC], s[STATES_PER_CELL * n + TEMPERATURE], points[n]);
            growth[n] = growth(s, n);
            ocv[n] = cell.ocv(points[n]);
            r0[n] = cell.r0(points[n]) * (growth[n] * resistanceFactor[n]);
            emf[n] = ocv[n] - s[STATES_PER_CELL * n + U1] - s[STATES_PER_CELL * n + U2];
        }
        if (cellsPerGroup == 1) { // the plain series circuit, without the divisions and their rounding
            current[first] = groupCurrent;
            groupEmf[j] = emf[first];
            groupResistance[j] = r0[first];
            groupVoltage[j] = emf[first] - groupCurrent * r0[first];
            return;
        }
        double conductance = 0;
        double weightedEmf = 0;
        for (int n = first; n < first + cellsPerGroup; n++) {
            conductance += 1 / r0[n];
            weightedEmf += emf[n] / r0[n];
        }
        groupEmf[j] = weightedEmf / conductance;
        groupResistance[j] = cellsPerGroup / conductance;
        groupVoltage[j] = groupEmf[j] - groupCurrent / conductance;
        for (int n = first; n < first + cellsPerGroup; n++) {
            current[n] = (emf[n] - groupVoltage[j]) / r0[n];
        }
    }

    /**
     * Writes the cells' state derivatives at state {@code s} to {@code d} and sets the per-cell means of heat, heat
     * to the coolant at {@code coolantTemperature} [K], electrical and chemical power. The pack of identical cells,
     * one simulated cell, has the equations of {@link #addCell} and {@link #agingRates} written out in local
     * variables ({@link #derivativesOfOne}): the battery FMU's default, whose doStep they make about 8 % faster than
     * the loop, and 2 % faster than with the call of agingRates (docs/performance.md).
     */
    void derivatives(double[] s, double groupCurrent, double coolantTemperature, double[] d) {
        if (count() == 1) {
            derivativesOfOne(s, groupCurrent, coolantTemperature, d);
            return;
        }
        meanHeat = 0;
        meanHeatToCoolant = 0;
        meanPower = 0;
        meanChemicalPower = 0;
        for (int j = 0; j < groups; j++) {
            shareInGroup(s, j, groupCurrent);
            for (int n = j * cellsPerGroup; n < (j + 1) * cellsPerGroup; n++) {
                addCell(s, n, current[n], groupVoltage[j], coolantTemperature, d);
            }
        }
        meanHeat *= inverseCount;
        meanHeatToCoolant *= inverseCount;
        meanPower *= inverseCount;
        meanChemicalPower *= inverseCount;
        addConduction(s, d);
    }

    /**
     * Heat conducted between neighbouring cells of the row: what one gives, the other takes, so the pack's heat
     * balance is unchanged.
     */
    private void addConduction(double[] s, double[] d) {
        if (conductionRate == 0) {
            return;
        }
        for (int n = 0; n + 1 < count(); n++) {
            int here = STATES_PER_CELL * n + TEMPERATURE;
            int next = here + STATES_PER_CELL;
            double rate = conductionRate * (s[here] - s[next]);
            d[here] -= rate;
            d[next] += rate;
        }
    }

    private void derivativesOfOne(double[] s, double i, double coolantTemperature, double[] d) {
        double soc = s[SOC];
        double u1 = s[U1];
        double u2 = s[U2];
        double temperature = s[TEMPERATURE];
        System.arraycopy(s, AGING, w, 0, AgingModel.DIMENSION);
        double g = (1 + aging.resistanceGrowth(w)) * resistanceFactor[0];
        GridPoint point = points[0];
        cell.locate(soc, temperature, point);
        double ocvNow = cell.ocv(point);
        double r0Now = cell.r0(point) * g;
        double r1 = cell.r1(point) * g;
        double r2 = cell.r2(point) * g;
        d[SOC] = cell.socRate(i, nominalCapacity[0] * (1 - capacityLoss()));
        d[U1] = TheveninCell.polarisationRate(i, u1, r1, cell.c1(point));
        d[U2] = TheveninCell.polarisationRate(i, u2, r2, cell.c2(point));
        d[THROUGHPUT] = Math.abs(i);
        if (agingAcceleration > 0) {
            aging.rates(new AgingStress(temperature, soc, i, nominalCapacity[0], 1, ocvNow), rates);
            for (int k = 0; k < AgingModel.DIMENSION; k++) {
                d[AGING + k] = agingAcceleration * rates[k];
            }
            if (cyclesCounted) {
                d[AGING + AgingModel.CYCLE_CAPACITY] = 0;
                d[AGING + AgingModel.CYCLE_RESISTANCE] = 0;
            }
        }
        meanHeat = LumpedThermalModel.irreversibleHeat(i, r0Now, u1, r1, u2, r2)
                + LumpedThermalModel.reversibleHeat(i, temperature, cell.entropicCoefficient(soc, temperature));
        meanHeatToCoolant = heatToCoolant(0, temperature, coolantTemperature);
        d[TEMPERATURE] = thermal.temperatureRate(meanHeat, meanHeatToCoolant);
        meanPower = (ocvNow - u1 - u2 - i * r0Now) * i;
        meanChemicalPower = i * ocvNow;
    }

    /**
     * Cell n's derivatives, and its share of the sums, given its current and terminal voltage, with its growth,
     * OCV and aged R0 from {@link #shareInGroup}.
     */
    private void addCell(double[] s, int n, double i, double voltage, double coolantTemperature, double[] d) {
        int base = STATES_PER_CELL * n;
        double soc = s[base + SOC];
        double u1 = s[base + U1];
        double u2 = s[base + U2];
        double temperature = s[base + TEMPERATURE];
        double g = growth[n] * resistanceFactor[n];
        double r1 = cell.r1(points[n]) * g;
        double r2 = cell.r2(points[n]) * g;
        System.arraycopy(s, base + AGING, w, 0, AgingModel.DIMENSION);
        d[base + SOC] = cell.socRate(i, nominalCapacity[n] * (1 - capacityLoss()));
        d[base + U1] = TheveninCell.polarisationRate(i, u1, r1, cell.c1(points[n]));
        d[base + U2] = TheveninCell.polarisationRate(i, u2, r2, cell.c2(points[n]));
        d[base + THROUGHPUT] = Math.abs(i);
        agingRates(n, temperature, soc, i, ocv[n], d);
        double heat = LumpedThermalModel.irreversibleHeat(i, r0[n], u1, r1, u2, r2)
                + LumpedThermalModel.reversibleHeat(i, temperature, cell.entropicCoefficient(soc, temperature));
        double toCoolant = heatToCoolant(n, temperature, coolantTemperature);
        d[base + TEMPERATURE] = thermal.temperatureRate(heat, toCoolant);
        meanHeat += heat;
        meanHeatToCoolant += toCoolant;
        meanPower += voltage * i;
        meanChemicalPower += i * ocv[n];
    }

    /**
     * Cell n's aging rates, times the acceleration; the cycle integrals stay put when they are advanced per
     * counted cycle instead.
     */
    private void agingRates(int n, double temperature, double soc, double i, double ocvNow, double[] d) {
        int at = STATES_PER_CELL * n + AGING;
        if (!(agingAcceleration > 0)) {
            return; // aging is off: d's aging entries are never written and stay 0
        }
        aging.rates(new AgingStress(temperature, soc, i, nominalCapacity[n], 1, ocvNow), rates);
        for (int k = 0; k < AgingModel.DIMENSION; k++) {
            d[at + k] = agingAcceleration * rates[k];
        }
        if (cyclesCounted) {
            d[at + AgingModel.CYCLE_CAPACITY] = 0;
            d[at + AgingModel.CYCLE_RESISTANCE] = 0;
        }
    }

    /** Heat flow from cell n at {@code temperature} to the coolant [W]: h·A times the cell's factor. */
    private double heatToCoolant(int n, double temperature, double coolantTemperature) {
        return thermal.heatToCoolant(temperature, coolantTemperature) * heatTransferFactor[n];
    }

    /** Mean heat flow from a cell of the pack to the coolant at {@code coolantTemperature} [W], at state s. */
    double heatToCoolantPerCell(double[] s, double coolantTemperature) {
        double sum = 0;
        for (int n = 0; n < count(); n++) {
            sum += heatToCoolant(n, s[STATES_PER_CELL * n + TEMPERATURE], coolantTemperature);
        }
        return sum / count();
    }

    /** Heat generated per cell of the pack [W], at state {@code s} after {@link #share} at the same state. */
    double heatPerCell(double[] s) {
        double heat = 0;
        for (int n = 0; n < count(); n++) {
            int base = STATES_PER_CELL * n;
            double soc = s[base + SOC];
            double temperature = s[base + TEMPERATURE];
            double g = growth[n] * resistanceFactor[n];
            heat += LumpedThermalModel.irreversibleHeat(current[n], r0[n], s[base + U1], cell.r1(points[n]) * g,
                    s[base + U2], cell.r2(points[n]) * g)
                    + LumpedThermalModel.reversibleHeat(current[n], temperature,
                            cell.entropicCoefficient(soc, temperature));
        }
        return heat / count();
    }

    /** The present capacity of the series group with the least of it [C]: Σ over its cells. */
    double weakestGroupCapacity(double[] s) {
        double weakest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < groups; j++) {
            double sum = 0;
            for (int n = j * cellsPerGroup; n < (j + 1) * cellsPerGroup; n++) {
                sum += nominalCapacity[n] * stateOfHealth(s, n);
            }
            weakest = Math.min(weakest, sum);
        }
        return weakest;
    }

    /** State of health of the pack: the present capacity of all cells over their capacity when new [1]. */
    double stateOfHealth(double[] s) {
        if (count() == 1) {
            return stateOfHealth(s, 0);
        }
        double present = 0;
        double nominal = 0;
        for (int n = 0; n < count(); n++) {
            present += nominalCapacity[n] * stateOfHealth(s, n);
            nominal += nominalCapacity[n];
        }
        return present / nominal;
    }

    /** The lowest state of health of any cell [1]. */
    double lowestStateOfHealth(double[] s) {
        double lowest = stateOfHealth(s, 0);
        for (int n = 1; n < count(); n++) {
            lowest = Math.min(lowest, stateOfHealth(s, n));
        }
        return lowest;
    }

    /** Mean relative resistance growth of the cells [1]. */
    double meanResistanceGrowth(double[] s) {
        double sum = 0;
        for (int n = 0; n < count(); n++) {
            sum += growth(s, n) - 1;
        }
        return sum / count();
    }

    /** Mean charge throughput of the cells ∫|i| dt [C], real time. */
    double meanThroughput(double[] s) {
        double sum = 0;
        for (int n = 0; n < count(); n++) {
            sum += s[STATES_PER_CELL * n + THROUGHPUT];
        }
        return sum / count();
    }

    /** Mean equivalent full cycles of the cells, each of its own new capacity, in real time [1]. */
    double meanFullCycles(double[] s) {
        double sum = 0;
        for (int n = 0; n < count(); n++) {
            sum += s[STATES_PER_CELL * n + THROUGHPUT] / (2 * nominalCapacity[n]);
        }
        return sum / count();
    }

    /** OCV of cell n [V] after {@link #share}. */
    double ocv(int n) {
        return ocv[n];
    }

    /** Mean group terminal voltage [V] (after {@link #share}): the pack voltage over Ns. */
    double meanGroupVoltage() {
        return mean(groupVoltage);
    }

    double lowestGroupVoltage() {
        return extreme(groupVoltage, -1);
    }

    double highestGroupVoltage() {
        return extreme(groupVoltage, 1);
    }

    /** Cell current [A] of cell n after {@link #share}. */
    double current(int n) {
        return current[n];
    }

    /**
     * The mean cell current x [A] that draws {@code cellPower} [W] per cell of the pack (after {@link #share}): the
     * pack's voltage per cell is mean_j(a_j) - mean_j(R_j)·x, solved as for one cell
     * ({@link TheveninCell#currentForPower(double, double, double)}).
     */
    double meanCurrentForPower(double cellPower) {
        return TheveninCell.currentForPower(cellPower, mean(groupEmf), mean(groupResistance));
    }

    /** Pack voltage per cell [V] at mean cell current {@code x} [A] (after {@link #share}). */
    double voltagePerCellAt(double x) {
        return mean(groupEmf) - mean(groupResistance) * x;
    }

    /**
     * The largest mean cell current x [A] (≥ 0) allowed now: no group below the cut-off voltage, no cell above its
     * discharge current limit, zero once any cell is at or below the SOC floor (after {@link #share}).
     */
    double allowedDischargeCurrent(double[] s) {
        return allowed(s, 1, limits.minimumVoltage(), limits.maximumDischargeCurrent());
    }

    /** The largest mean charge current [A], as a positive number: the charge side of the same limits. */
    double allowedChargeCurrent(double[] s) {
        return allowed(s, -1, limits.maximumVoltage(), limits.maximumChargeCurrent());
    }

    /**
     * Limits for direction {@code sign} (1 discharge, -1 charge), as a positive mean cell current: group j reaches
     * {@code voltageLimit} at x = sign·(a_j - V_lim)/R_j; cell k of it carries sign·i_k = sign·(e_k - a_j)/R0_k
     * + x·R_j/R0_k, which reaches {@code currentLimit} at x = (I_lim - sign·(e_k - a_j)/R0_k)·R0_k/R_j.
     */
    private double allowed(double[] s, int sign, double voltageLimit, double currentLimit) {
        double allowed = Double.POSITIVE_INFINITY;
        for (int j = 0; j < groups; j++) {
            allowed = Math.min(allowed, sign * (groupEmf[j] - voltageLimit) / groupResistance[j]);
            int first = j * cellsPerGroup;
            for (int n = first; n < first + cellsPerGroup; n++) {
                if (sign > 0 ? s[STATES_PER_CELL * n + SOC] <= limits.minimumSoc()
                        : s[STATES_PER_CELL * n + SOC] >= limits.maximumSoc()) {
                    return 0;
                }
                double byCurrent = cellsPerGroup == 1 ? currentLimit
                        : (currentLimit - sign * (emf[n] - groupEmf[j]) / r0[n]) * r0[n] / groupResistance[j];
                allowed = Math.min(allowed, byCurrent);
            }
        }
        return Math.max(0, allowed);
    }

    /**
     * SOC of the whole pack [1]: the charge stored over the present capacity of all cells, the mean of the cells'
     * SOCs weighted by their present capacities.
     */
    double soc(double[] s) {
        if (count() == 1) {
            return s[SOC];
        }
        double stored = 0;
        double capacity = 0;
        for (int n = 0; n < count(); n++) {
            double present = nominalCapacity[n] * stateOfHealth(s, n); // each SOC is of the cell's aged capacity
            stored += present * s[STATES_PER_CELL * n + SOC];
            capacity += present;
        }
        return stored / capacity;
    }

    double lowestSoc(double[] s) {
        return extremeOfCells(s, SOC, -1);
    }

    double highestSoc(double[] s) {
        return extremeOfCells(s, SOC, 1);
    }

    /** Mean cell temperature [K]. */
    double meanTemperature(double[] s) {
        if (count() == 1) {
            return s[TEMPERATURE];
        }
        double sum = 0;
        for (int n = 0; n < count(); n++) {
            sum += s[STATES_PER_CELL * n + TEMPERATURE];
        }
        return sum / count();
    }

    double lowestTemperature(double[] s) {
        return extremeOfCells(s, TEMPERATURE, -1);
    }

    double highestTemperature(double[] s) {
        return extremeOfCells(s, TEMPERATURE, 1);
    }

    double lowestResistanceFactor() {
        return extreme(resistanceFactor, -1);
    }

    /** The lowest (sign -1) or highest (1) of the cells' state {@code offset}. */
    private double extremeOfCells(double[] s, int offset, int sign) {
        double extreme = s[offset];
        for (int n = 1; n < count(); n++) {
            double value = s[STATES_PER_CELL * n + offset];
            extreme = sign > 0 ? Math.max(extreme, value) : Math.min(extreme, value);
        }
        return extreme;
    }

    private static double extreme(double[] values, int sign) {
        double extreme = values[0];
        for (double v : values) {
            extreme = sign > 0 ? Math.max(extreme, v) : Math.min(extreme, v);
        }
        return extreme;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
