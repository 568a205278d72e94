package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.aging.AgingModel;
import dev.drivetwin.fmubattery.aging.CountedCycleAging;
import dev.drivetwin.fmubattery.cell.TheveninCell;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.thermal.LumpedThermalModel;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * A pack of Ns × Np {@link TheveninCell}s, identical (simulated as one cell standing for all) or with a
 * {@link CellSpread} (every cell simulated, coupled by Kirchhoff's laws: {@link CellArray}), with the lumped thermal
 * model and an aging law, advanced one step at a time with the demand (pack current or pack power, positive on
 * discharge) and the coolant temperature held constant over the step. Inside a step, the coupled ODE for
 * <pre>
 *   SOC, u1, u2, charge throughput, the four aging stress integrals and T of each simulated cell, then the
 *   bookkeeping integrals (electrical energy, heat generated, heat to coolant, chemical energy ∫i·OCV dt)
 * </pre>
 * is solved with Hipparchus's adaptive Dormand-Prince 5(4) integrator at relative tolerance {@code tolerance}.
 * Aging feeds back: capacity Q = Q_nom·(1 - loss) and resistances R·(1 + growth). Aging rates are multiplied by
 * {@code agingAcceleration}, so one simulated second ages the cell by that many seconds (and its throughput
 * counts that many times); electrical and thermal dynamics run in real time. For laws with a depth-of-cycle
 * stress the cycle integrals are not integrated but advanced per counted cycle of the SOC history
 * ({@link CountedCycleAging}, rainflow after ASTM E1049), one count per simulated cell. With a spread each cell
 * ages by its own stress and has its own lumped temperature, and the bookkeeping integrals are means per cell of
 * the pack.
 *
 * <p>A power demand is converted to a cell current at the start of the step
 * ({@link TheveninCell#currentForPower}) and that current is held over the step. Not thread-safe.
 */
public final class Pack {
    // the states shared by all cells, after the cells' own (offsets from `shared`)
    static final int ENERGY = 0;                                // ∫v·i dt [J] per cell
    static final int HEAT_GENERATED = ENERGY + 1;               // [J] per cell
    static final int HEAT_TO_COOLANT = HEAT_GENERATED + 1;      // [J] per cell
    static final int CHEMICAL_ENERGY = HEAT_TO_COOLANT + 1;     // ∫i·OCV dt [J] per cell
    static final int SHARED_DIMENSION = CHEMICAL_ENERGY + 1;
    /** Length of one cell's entry in {@link #agingTotals}: its four stress integrals and its throughput. */
    public static final int AGING_TOTALS_PER_CELL = AgingModel.DIMENSION + 1;

    private final BatteryPreset preset;
    private final TheveninCell cell;
    private final double agingAcceleration;
    private final DormandPrince54Integrator integrator;
    /**
     * One count per simulated cell; null when the law's cycle aging needs no depth of cycle and follows the
     * current continuously.
     */
    private final CountedCycleAging[] countedCycles;
    /** Each cell's throughput at the end of the previous step [C], for the charge its count sees per step. */
    private final double[] throughputBefore;
    private final CellArray cells;
    /** Index of the first shared state, after the cells' own. */
    private final int shared;
    private final int dimension;
    /** The shortest RC time constant of any cell [s]: the longest first step tried. */
    private final double longestFirstStep;
    private final double[] y;
    /**
     * The derivatives, rewritten by every call of {@link #derivatives}: Hipparchus copies what the equation returns
     * into its own array (ExpandableODE.computeDerivatives) before the next call, so one array serves the whole run.
     */
    private final double[] d;

    // inputs held over the step
    /** Current through each simulated series group [A]: the cell current for identical cells, else the pack's. */
    private double groupCurrent;
    private double coolantTemperature;
    /**
     * Whether the cells' scratch holds the currents and voltages of the present state and current. Cleared by every
     * change of either, and by {@link #derivatives}, which overwrites the scratch.
     */
    private boolean sharedAtState;

    /**
     * @param initialSoc [1], within [0, 1]
     * @param initialTemperature cell temperature at the start [K]
     * @param agingAcceleration aging seconds per simulated second, ≥ 0 (0 switches aging off)
     * @param tolerance relative tolerance of the integrator, in (0, 0.1]
     * @throws BatteryException OUT_OF_RANGE etc. naming the argument
     */
    public Pack(BatteryPreset preset, double initialSoc, double initialTemperature, double agingAcceleration,
            double tolerance) {
        this(preset, initialSoc, initialTemperature, agingAcceleration, tolerance, CellSpread.NONE);
    }

    /**
     * A pack whose cells spread in capacity and resistance; {@link CellSpread#NONE} gives the pack of identical
     * cells, bit for bit.
     */
    public Pack(BatteryPreset preset, double initialSoc, double initialTemperature, double agingAcceleration,
            double tolerance, CellSpread spread) {
        BatteryException.requireWithin("initialSoc", initialSoc, 0, 1);
        BatteryException.requirePositive("initialTemperature", initialTemperature);
        BatteryException.requireNonNegative("agingAcceleration", agingAcceleration);
        if (Double.isInfinite(agingAcceleration)) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, "agingAcceleration", agingAcceleration,
                    "[0, inf)");
        }
        BatteryException.requireWithin("tolerance", tolerance, Double.MIN_NORMAL, 0.1);
        this.preset = preset;
        this.cell = new TheveninCell(preset.cell());
        AgingModel aging = AgingModel.of(preset.aging().model());
        this.agingAcceleration = agingAcceleration;
        this.cells = new CellArray(cell, new LumpedThermalModel(preset.thermal()), aging, agingAcceleration,
                preset.pack(), spread);
        this.shared = cells.dimension();
        this.dimension = shared + SHARED_DIMENSION;
        this.y = new double[dimension];
        this.d = new double[dimension];
        this.integrator = new DormandPrince54Integrator(0, Double.POSITIVE_INFINITY, absoluteTolerances(tolerance),
                relativeTolerances(tolerance));
        this.longestFirstStep = cell.shortestTimeConstant() * Math.min(1, cells.lowestResistanceFactor());
        this.countedCycles = agingAcceleration > 0 && aging.usesDepthOfCycle()
                ? new CountedCycleAging[cells.count()] : null;
        for (int n = 0; countedCycles != null && n < cells.count(); n++) {
            countedCycles[n] = new CountedCycleAging(aging, cells.nominalCapacity(n), initialSoc);
        }
        this.throughputBefore = new double[cells.count()];
        cells.start(y, initialSoc, initialTemperature);
        coolantTemperature = initialTemperature;
    }

    private double[] relativeTolerances(double tolerance) {
        double[] relative = new double[dimension];
        java.util.Arrays.fill(relative, tolerance);
        return relative;
    }

    private double[] absoluteTolerances(double tolerance) {
        double[] absolute = new double[dimension];
        double charge = tolerance * 1e-3 * preset.cell().capacity();
        for (int base = 0; base < shared; base += CellArray.STATES_PER_CELL) {
            absolute[base + CellArray.SOC] = tolerance * 1e-3;
            absolute[base + CellArray.U1] = tolerance * 1e-3;
            absolute[base + CellArray.U2] = tolerance * 1e-3;
            absolute[base + CellArray.THROUGHPUT] = charge;
            for (int k = 0; k < AgingModel.DIMENSION; k++) {
                // stress integrals can be tiny; relative tolerance governs
                absolute[base + CellArray.AGING + k] = tolerance * 1e-20;
            }
            absolute[base + CellArray.TEMPERATURE] = tolerance * 1e-2;
        }
        absolute[shared + ENERGY] = charge;
        absolute[shared + HEAT_GENERATED] = tolerance * 1e-3;
        absolute[shared + HEAT_TO_COOLANT] = tolerance * 1e-3;
        absolute[shared + CHEMICAL_ENERGY] = charge;
        return absolute;
    }

    public BatteryPreset preset() {
        return preset;
    }

    public TheveninCell cell() {
        return cell;
    }

    /** Advances by {@code stepSize} [s] drawing pack current {@code packCurrent} [A] (positive discharge). */
    public void stepCurrent(double packCurrent, double coolantTemperature, double stepSize) {
        setDemandCurrent(packCurrent, coolantTemperature);
        advance(stepSize);
    }

    /**
     * Advances by {@code stepSize} [s] drawing pack power {@code packPower} [W] (positive discharge).
     *
     * @throws BatteryException POWER_NOT_DELIVERABLE before anything changes when the pack cannot deliver it
     */
    public void stepPower(double packPower, double coolantTemperature, double stepSize) {
        share();
        double meanCellCurrent = cells.meanCurrentForPower(packPower / preset.pack().cellCount());
        hold(meanCellCurrent * cells.cellsPerGroup(), coolantTemperature);
        advance(stepSize);
    }

    /** Sets the held current without stepping, so outputs at the start time reflect the first demand. */
    public void setDemandCurrent(double packCurrent, double coolantTemperature) {
        hold(packCurrent / parallelMultiplier(), coolantTemperature);
    }

    private void hold(double groupCurrent, double coolantTemperature) {
        this.groupCurrent = groupCurrent;
        this.coolantTemperature = coolantTemperature;
        sharedAtState = false;
    }

    /** How many cells in parallel each simulated cell stands for: Np for identical cells, else 1. */
    private int parallelMultiplier() {
        return preset.pack().parallelCells() / cells.cellsPerGroup();
    }

    /**
     * Shares the held current among the cells at the present state, once: the outputs read what it leaves in the
     * cells' scratch until the state or the current changes.
     */
    private void share() {
        if (!sharedAtState) {
            cells.share(y, groupCurrent);
            sharedAtState = true;
        }
    }

    private void advance(double stepSize) {
        if (!(stepSize > 0)) {
            throw new BatteryException(BatteryError.NOT_POSITIVE, "stepSize", stepSize);
        }
        double[] before = y.clone();
        // Try the whole step first, up to the shortest RC time constant: Hipparchus would otherwise estimate a first
        // step from the derivatives on every call, and the aging integrals' tiny absolute tolerance makes that
        // estimate far shorter than needed. Beyond a few time constants an explicit first step is unstable and
        // gives NaN, which the integrator does not retry; error control shortens the step when the tolerance asks.
        integrator.setInitialStepSize(Math.min(stepSize, longestFirstStep));
        try {
            ODEState end = integrator.integrate(ode, new ODEState(0, y), stepSize);
            System.arraycopy(end.getPrimaryState(), 0, y, 0, dimension);
        } catch (MathRuntimeException e) {
            System.arraycopy(before, 0, y, 0, dimension);
            throw new BatteryException(e, BatteryError.INTEGRATION_FAILED, 0, stepSize, e.getMessage());
        }
        if (countedCycles != null) {
            countCycles(stepSize);
        }
    }

    /**
     * Feeds the step's end to each cell's cycle count, which ages that cell's cycle integrals by the cycles it
     * closes.
     */
    private void countCycles(double stepSize) {
        share();
        boolean aged = false;
        for (int n = 0; n < cells.count(); n++) {
            int base = CellArray.STATES_PER_CELL * n;
            double charge = y[base + CellArray.THROUGHPUT] - throughputBefore[n];
            throughputBefore[n] = y[base + CellArray.THROUGHPUT];
            // the step's mean |i|: a parallel cell's current moves within the step as circulating currents decay
            double meanCurrent = charge / stepSize;
            aged |= countedCycles[n].afterStep(charge, meanCurrent, y[base + CellArray.TEMPERATURE],
                    y[base + CellArray.SOC],
                    cells.ocv(n), cells.stateOfHealth(y, n), agingAcceleration, y, base + CellArray.AGING);
        }
        sharedAtState &= !aged; // a counted cycle grows the resistances
    }

    /**
     * Ages by the cycles still open as half cycles (ASTM E1049 step 6), as at the end of a history; counting then
     * starts afresh from the present SOC. Call at the end of a run before reading the state of health.
     */
    public void countOpenCycles() {
        if (countedCycles != null) {
            sharedAtState = false; // the resistances may grow
            for (int n = 0; n < cells.count(); n++) {
                int base = CellArray.STATES_PER_CELL * n;
                countedCycles[n].countOpenCycles(y[base + CellArray.SOC], cells.stateOfHealth(y, n),
                        agingAcceleration, y, base + CellArray.AGING);
            }
        }
    }

    private final OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
        @Override
        public int getDimension() {
            return dimension;
        }

        @Override
        public double[] computeDerivatives(double t, double[] s) {
            return derivatives(s);
        }
    };

    /** The derivatives at state {@code s}, in an array that the next call overwrites. */
    double[] derivatives(double[] s) {
        sharedAtState = false;
        cells.derivatives(s, groupCurrent, coolantTemperature, d);
        d[shared + ENERGY] = cells.meanPower;
        d[shared + HEAT_GENERATED] = cells.meanHeat;
        d[shared + HEAT_TO_COOLANT] = cells.meanHeatToCoolant;
        d[shared + CHEMICAL_ENERGY] = cells.meanChemicalPower;
        return d;
    }

    /** The simulated cells, for tests of their factors. */
    CellArray cells() {
        return cells;
    }

    /** Derivative evaluations the integrator made in the last step (a measure of its work, for benchmarks). */
    public int lastStepEvaluations() {
        return integrator.getEvaluations();
    }

    // ---- outputs (at the end of the last step, with the current held over it) ----

    /** Mean cell current [A], positive discharge. */
    public double cellCurrent() {
        return groupCurrent / cells.cellsPerGroup();
    }

    /** State of charge of the pack [1]: the charge stored over the present (aged) capacity of all its cells. */
    public double soc() {
        return cells.soc(y);
    }

    /** The lowest and highest SOC of any cell [1] (equal to {@link #soc()} for identical cells). */
    public double lowestCellSoc() {
        return cells.lowestSoc(y);
    }

    public double highestCellSoc() {
        return cells.highestSoc(y);
    }

    /**
     * How many cells the pack simulates: 1 for identical cells (standing for all), else Ns × Np, group by group
     * (cell n is cell n % Np of series group n / Np).
     */
    public int simulatedCells() {
        return cells.count();
    }

    /** SOC of simulated cell n [1]. */
    public double cellSoc(int n) {
        return y[CellArray.STATES_PER_CELL * n + CellArray.SOC];
    }

    /** State of health of simulated cell n: its present capacity over its capacity when new [1]. */
    public double cellStateOfHealth(int n) {
        return cells.stateOfHealth(y, n);
    }

    /** Relative resistance growth of simulated cell n from its aging [1]. */
    public double cellResistanceGrowth(int n) {
        return cells.growth(y, n) - 1;
    }

    /** Current of simulated cell n now [A], positive discharge. */
    public double cellCurrent(int n) {
        share();
        return cells.current(n);
    }

    /** Polarisation voltages [V] of simulated cell n. */
    public double u1(int n) {
        return y[CellArray.STATES_PER_CELL * n + CellArray.U1];
    }

    public double u2(int n) {
        return y[CellArray.STATES_PER_CELL * n + CellArray.U2];
    }

    /** Cell temperature [K]: the mean of the simulated cells'. */
    public double temperature() {
        return cells.meanTemperature(y);
    }

    /** The lowest and highest cell temperature [K] (equal to {@link #temperature()} for identical cells). */
    public double lowestCellTemperature() {
        return cells.lowestTemperature(y);
    }

    public double highestCellTemperature() {
        return cells.highestTemperature(y);
    }

    /** Temperature of simulated cell n [K]. */
    public double cellTemperature(int n) {
        return y[CellArray.STATES_PER_CELL * n + CellArray.TEMPERATURE];
    }

    /** Mean cell terminal voltage [V]: the pack voltage over Ns. */
    public double cellVoltage() {
        share();
        return cells.meanGroupVoltage();
    }

    /**
     * The lowest and highest cell terminal voltage [V]: of the series groups, since cells in parallel share one
     * voltage (equal to {@link #cellVoltage()} for identical cells).
     */
    public double lowestCellVoltage() {
        share();
        return cells.lowestGroupVoltage();
    }

    public double highestCellVoltage() {
        share();
        return cells.highestGroupVoltage();
    }

    public double packVoltage() {
        return preset.pack().seriesCells() * cellVoltage();
    }

    public double packCurrent() {
        return parallelMultiplier() * groupCurrent;
    }

    /** Electrical power delivered by the pack [W], positive on discharge. */
    public double packPower() {
        return packVoltage() * packCurrent();
    }

    /** Electrical energy delivered by the pack since the start [J] (negative if charged more than discharged). */
    public double packEnergy() {
        return preset.pack().cellCount() * y[shared + ENERGY];
    }

    /** Heat generated in the pack now [W] (Joule + polarisation + reversible). */
    public double heatGeneration() {
        share();
        return preset.pack().cellCount() * cells.heatPerCell(y);
    }

    /** Heat flow from the pack to the coolant now [W]. */
    public double heatFlowToCoolant() {
        return preset.pack().cellCount() * cells.heatToCoolantPerCell(y, coolantTemperature);
    }

    /** Per-cell integrals since the start: heat generated and heat to coolant [J]. */
    public double heatGenerated() {
        return y[shared + HEAT_GENERATED];
    }

    public double heatToCoolant() {
        return y[shared + HEAT_TO_COOLANT];
    }

    /** Per-cell ∫ i·OCV dt [J], the energy taken from the cells' chemistry. */
    public double chemicalEnergy() {
        return y[shared + CHEMICAL_ENERGY];
    }

    /** Charge throughput ∫|i| dt [C] per cell (the mean of the simulated cells), real time. */
    public double chargeThroughput() {
        return cells.meanThroughput(y);
    }

    /**
     * State of health: present capacity / capacity when new [1], of all cells together (aging only; the spread is
     * not aging).
     */
    public double stateOfHealth() {
        return cells.stateOfHealth(y);
    }

    /** The lowest state of health of any cell [1] (equal to {@link #stateOfHealth()} for identical cells). */
    public double lowestCellStateOfHealth() {
        return cells.lowestStateOfHealth(y);
    }

    /**
     * Charge the pack can deliver between SOC 0 and 1 now [C]: that of its series group with the least capacity,
     * with spread and aging.
     */
    public double usableCapacity() {
        return parallelMultiplier() * cells.weakestGroupCapacity(y);
    }

    /** Relative resistance growth [1], the mean of the cells'; resistances are (1 + growth) × new. */
    public double resistanceGrowth() {
        return cells.meanResistanceGrowth(y);
    }

    /** Equivalent full cycles in aging time: acceleration × throughput / (2·Q_nom), the mean of the cells'. */
    public double equivalentFullCycles() {
        return agingAcceleration * cells.meanFullCycles(y);
    }

    /**
     * The largest pack discharge current allowed now [A]: no cell below its cut-off voltage or above its current
     * limit, zero once a cell reaches the SOC floor.
     */
    public double allowedDischargeCurrent() {
        share();
        return preset.pack().parallelCells() * cells.allowedDischargeCurrent(y);
    }

    /** The largest pack charge current allowed now [A], as a positive number. */
    public double allowedChargeCurrent() {
        share();
        return preset.pack().parallelCells() * cells.allowedChargeCurrent(y);
    }

    /** Pack power at the allowed discharge current [W]. */
    public double allowedDischargePower() {
        share();
        double x = cells.allowedDischargeCurrent(y);
        return preset.pack().cellCount() * x * cells.voltagePerCellAt(x);
    }

    /** Pack power at the allowed charge current [W], as a positive number. */
    public double allowedChargePower() {
        share();
        double x = cells.allowedChargeCurrent(y);
        return preset.pack().cellCount() * x * cells.voltagePerCellAt(-x);
    }

    /**
     * For each simulated cell n, its aging stress integrals w (see {@link AgingModel}) and charge throughput
     * ∫|i| dt [C], at n·{@link #AGING_TOTALS_PER_CELL} as {w[0..3], throughput}: what {@link #addAging} adds. Their
     * growth depends on the stress history only, not on w itself, so the growth over one simulated period can be
     * added again for a period with the same operation.
     */
    public double[] agingTotals() {
        double[] totals = new double[AGING_TOTALS_PER_CELL * cells.count()];
        for (int n = 0; n < cells.count(); n++) {
            int base = CellArray.STATES_PER_CELL * n;
            System.arraycopy(y, base + CellArray.AGING, totals, AGING_TOTALS_PER_CELL * n, AgingModel.DIMENSION);
            totals[AGING_TOTALS_PER_CELL * n + AgingModel.DIMENSION] = y[base + CellArray.THROUGHPUT];
        }
        return totals;
    }

    /**
     * Ages the pack by {@code increment} (per cell {w[0..3], throughput}, a difference of two {@link #agingTotals})
     * without simulating: the aging of a period of operation equal to the one measured. Electrical and thermal
     * states and the cycle counts are untouched.
     */
    public void addAging(double[] increment) {
        sharedAtState = false; // the resistances grow
        for (int n = 0; n < cells.count(); n++) {
            int base = CellArray.STATES_PER_CELL * n;
            for (int k = 0; k < AgingModel.DIMENSION; k++) {
                y[base + CellArray.AGING + k] += increment[AGING_TOTALS_PER_CELL * n + k];
            }
            double throughput = increment[AGING_TOTALS_PER_CELL * n + AgingModel.DIMENSION];
            y[base + CellArray.THROUGHPUT] += throughput;
            throughputBefore[n] += throughput;
        }
    }

    /**
     * Everything needed to continue exactly from here: the states, the held inputs, each cell's throughput at the
     * last count, then for each cell's cycle count the length of its state and that state.
     */
    public double[] state() {
        int fixed = dimension + 2 + cells.count();
        double[] all = new double[fixed + countStateLength()];
        System.arraycopy(y, 0, all, 0, dimension);
        all[dimension] = groupCurrent;
        all[dimension + 1] = coolantTemperature;
        System.arraycopy(throughputBefore, 0, all, dimension + 2, cells.count());
        int at = fixed;
        for (int n = 0; countedCycles != null && n < cells.count(); n++) {
            double[] count = countedCycles[n].state();
            all[at] = count.length;
            System.arraycopy(count, 0, all, at + 1, count.length);
            at += 1 + count.length;
        }
        return all;
    }

    private int countStateLength() {
        int length = 0;
        for (int n = 0; countedCycles != null && n < cells.count(); n++) {
            length += 1 + countedCycles[n].state().length;
        }
        return length;
    }

    /** Continues from a {@link #state()} of a pack built with the same arguments. */
    public void restore(double[] state) {
        sharedAtState = false;
        System.arraycopy(state, 0, y, 0, dimension);
        groupCurrent = state[dimension];
        coolantTemperature = state[dimension + 1];
        System.arraycopy(state, dimension + 2, throughputBefore, 0, cells.count());
        int at = dimension + 2 + cells.count();
        for (int n = 0; countedCycles != null && n < cells.count(); n++) {
            int length = (int) state[at];
            countedCycles[n].restore(java.util.Arrays.copyOfRange(state, at + 1, at + 1 + length));
            at += 1 + length;
        }
    }
}
