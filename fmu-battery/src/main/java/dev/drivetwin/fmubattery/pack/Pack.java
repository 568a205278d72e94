package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.aging.AgingModel;
import dev.drivetwin.fmubattery.aging.AgingStress;
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
 *   SOC, u1, u2 of each simulated cell, then T, the four aging stress integrals, and the bookkeeping integrals
 *   (charge throughput, electrical energy, heat generated, heat to coolant, chemical energy ∫i·OCV dt)
 * </pre>
 * is solved with Hipparchus's adaptive Dormand-Prince 5(4) integrator at relative tolerance {@code tolerance}.
 * Aging feeds back: capacity Q = Q_nom·(1 - loss) and resistances R·(1 + growth). Aging rates are multiplied by
 * {@code agingAcceleration}, so one simulated second ages the cell by that many seconds (and its throughput
 * counts that many times); electrical and thermal dynamics run in real time. For laws with a depth-of-cycle
 * stress the cycle integrals are not integrated but advanced per counted cycle of the SOC history
 * ({@link CountedCycleAging}, rainflow after ASTM E1049). Temperature, aging and the bookkeeping integrals are per
 * cell of the pack: with a spread they follow the mean cell (its mean heat, current, SOC and OCV), so all cells
 * share one temperature and age alike; the spread is in their electrical states.
 *
 * <p>A power demand is converted to a cell current at the start of the step
 * ({@link TheveninCell#currentForPower}) and that current is held over the step. Not thread-safe.
 */
public final class Pack {
    // the states shared by all cells, after the cells' own (offsets from `shared`)
    static final int TEMPERATURE = 0;
    static final int AGING = 1;
    static final int THROUGHPUT = AGING + AgingModel.DIMENSION; // ∫|i| dt [C] per cell
    static final int ENERGY = THROUGHPUT + 1;                   // ∫v·i dt [J] per cell
    static final int HEAT_GENERATED = ENERGY + 1;               // [J] per cell
    static final int HEAT_TO_COOLANT = HEAT_GENERATED + 1;      // [J] per cell
    static final int CHEMICAL_ENERGY = HEAT_TO_COOLANT + 1;     // ∫i·OCV dt [J] per cell
    static final int SHARED_DIMENSION = CHEMICAL_ENERGY + 1;

    private final BatteryPreset preset;
    private final TheveninCell cell;
    private final LumpedThermalModel thermal;
    private final AgingModel aging;
    private final double agingAcceleration;
    private final DormandPrince54Integrator integrator;
    /** Null when the law's cycle aging needs no depth of cycle and follows the current continuously. */
    private final CountedCycleAging countedCycles;
    private final CellArray cells;
    /** Index of the first shared state, after the cells' SOC, u1, u2. */
    private final int shared;
    private final int dimension;
    private double throughputBefore;
    /** The shortest RC time constant of any cell [s]: the longest first step tried. */
    private final double longestFirstStep;
    private final double[] y;
    private final double[] agingRates = new double[AgingModel.DIMENSION];
    private final double[] w = new double[AgingModel.DIMENSION];
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
        this.thermal = new LumpedThermalModel(preset.thermal());
        this.aging = AgingModel.of(preset.aging().model());
        this.agingAcceleration = agingAcceleration;
        this.cells = new CellArray(cell, preset.pack(), spread);
        this.shared = cells.dimension();
        this.dimension = shared + SHARED_DIMENSION;
        this.y = new double[dimension];
        this.d = new double[dimension];
        this.integrator = new DormandPrince54Integrator(0, Double.POSITIVE_INFINITY, absoluteTolerances(tolerance),
                relativeTolerances(tolerance));
        this.longestFirstStep = cell.shortestTimeConstant() * Math.min(1, cells.lowestResistanceFactor());
        this.countedCycles = agingAcceleration > 0 && aging.usesDepthOfCycle()
                ? new CountedCycleAging(aging, preset.cell().capacity(), initialSoc) : null;
        cells.start(y, initialSoc);
        y[shared + TEMPERATURE] = initialTemperature;
        coolantTemperature = initialTemperature;
    }

    private double[] relativeTolerances(double tolerance) {
        double[] relative = new double[dimension];
        java.util.Arrays.fill(relative, tolerance);
        return relative;
    }

    private double[] absoluteTolerances(double tolerance) {
        double[] absolute = new double[dimension];
        java.util.Arrays.fill(absolute, 0, shared, tolerance * 1e-3); // SOC [1], u1, u2 [V]
        absolute[shared + TEMPERATURE] = tolerance * 1e-2;
        for (int k = AGING; k < AGING + AgingModel.DIMENSION; k++) {
            absolute[shared + k] = tolerance * 1e-20; // stress integrals can be tiny; relative tolerance governs
        }
        double charge = tolerance * 1e-3 * preset.cell().capacity();
        absolute[shared + THROUGHPUT] = charge;
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
            cells.share(y, y[shared + TEMPERATURE], growth(), groupCurrent);
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
            countCycles();
        }
    }

    /** Feeds the step's end to the cycle count, which ages the cycle integrals by the cycles it closes. */
    private void countCycles() {
        double charge = y[shared + THROUGHPUT] - throughputBefore;
        throughputBefore = y[shared + THROUGHPUT];
        double soc = soc();
        double temperature = y[shared + TEMPERATURE];
        System.arraycopy(y, shared + AGING, w, 0, AgingModel.DIMENSION); // w is scratch between derivative calls
        double stateOfHealth = 1 - capacityLoss(w);
        countedCycles.afterStep(charge, cellCurrent(), temperature, soc, cell.ocv(soc, temperature), stateOfHealth,
                agingAcceleration, y, shared + AGING);
    }

    /**
     * Ages by the cycles still open as half cycles (ASTM E1049 step 6), as at the end of a history; counting then
     * starts afresh from the present SOC. Call at the end of a run before reading the state of health.
     */
    public void countOpenCycles() {
        if (countedCycles != null) {
            sharedAtState = false; // the resistances may grow
            countedCycles.countOpenCycles(soc(), stateOfHealth(), agingAcceleration, y, shared + AGING);
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
        double temperature = s[shared + TEMPERATURE];
        System.arraycopy(s, shared + AGING, w, 0, AgingModel.DIMENSION);
        double growth = 1 + aging.resistanceGrowth(w);
        cells.derivatives(s, temperature, growth, capacity(w), groupCurrent, d);
        double heat = cells.meanHeat;
        double toCoolant = thermal.heatToCoolant(temperature, coolantTemperature);
        d[shared + TEMPERATURE] = (heat - toCoolant) / preset.thermal().heatCapacity();
        if (agingAcceleration > 0) {
            aging.rates(new AgingStress(temperature, cells.meanSoc, cells.meanCurrent, preset.cell().capacity(), 1,
                    cells.meanOcv), agingRates);
            for (int k = 0; k < AgingModel.DIMENSION; k++) {
                d[shared + AGING + k] = agingAcceleration * agingRates[k];
            }
            if (countedCycles != null) { // advanced per counted cycle instead
                d[shared + AGING + AgingModel.CYCLE_CAPACITY] = 0;
                d[shared + AGING + AgingModel.CYCLE_RESISTANCE] = 0;
            }
        }
        d[shared + THROUGHPUT] = cells.meanAbsoluteCurrent;
        d[shared + ENERGY] = cells.meanPower;
        d[shared + HEAT_GENERATED] = heat;
        d[shared + HEAT_TO_COOLANT] = toCoolant;
        d[shared + CHEMICAL_ENERGY] = cells.meanChemicalPower;
        return d;
    }

    /** Present capacity of a cell with capacity factor 1 [C]. */
    private double capacity(double[] stress) {
        return preset.cell().capacity() * (1 - capacityLoss(stress));
    }

    private double capacityLoss(double[] stress) {
        return Math.min(0.999, aging.capacityLoss(stress));
    }

    private double[] agingState() {
        double[] stress = new double[AgingModel.DIMENSION];
        System.arraycopy(y, shared + AGING, stress, 0, AgingModel.DIMENSION);
        return stress;
    }

    /** Resistance factor 1 + growth from aging [1]. */
    private double growth() {
        return 1 + aging.resistanceGrowth(agingState());
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

    /** Cell temperature [K]. */
    public double temperature() {
        return y[shared + TEMPERATURE];
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
        return preset.pack().cellCount() * cells.heatPerCell(y, temperature(), growth());
    }

    /** Heat flow from the pack to the coolant now [W]. */
    public double heatFlowToCoolant() {
        return preset.pack().cellCount() * thermal.heatToCoolant(temperature(), coolantTemperature);
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

    /** Per-cell charge throughput ∫|i| dt [C], real time. */
    public double chargeThroughput() {
        return y[shared + THROUGHPUT];
    }

    /** State of health: present capacity / capacity when new [1] (aging only; the spread is not aging). */
    public double stateOfHealth() {
        return 1 - capacityLoss(agingState());
    }

    /**
     * Charge the pack can deliver between SOC 0 and 1 now [C]: that of its series group with the least capacity,
     * with spread and aging.
     */
    public double usableCapacity() {
        return preset.pack().parallelCells() * capacity(agingState()) * cells.weakestGroupCapacityFactor();
    }

    /** Relative resistance growth [1]; resistances are (1 + growth) × new. */
    public double resistanceGrowth() {
        return aging.resistanceGrowth(agingState());
    }

    /** Equivalent full cycles in aging time: acceleration × throughput / (2·Q_nom). */
    public double equivalentFullCycles() {
        return agingAcceleration * y[shared + THROUGHPUT] / (2 * preset.cell().capacity());
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
     * The aging stress integrals w (see {@link AgingModel}) and the charge throughput ∫|i| dt [C] per cell, as
     * {w[0..3], throughput}: what {@link #addAging} adds. Their growth depends on the stress history only, not on w
     * itself, so the growth over one simulated period can be added again for a period with the same operation.
     */
    public double[] agingTotals() {
        double[] totals = new double[AgingModel.DIMENSION + 1];
        System.arraycopy(y, shared + AGING, totals, 0, AgingModel.DIMENSION);
        totals[AgingModel.DIMENSION] = y[shared + THROUGHPUT];
        return totals;
    }

    /**
     * Ages the pack by {@code increment} ({w[0..3], throughput}, a difference of two {@link #agingTotals}) without
     * simulating: the aging of a period of operation equal to the one measured. Electrical and thermal states and
     * the cycle count are untouched.
     */
    public void addAging(double[] increment) {
        sharedAtState = false; // the resistances grow
        for (int k = 0; k < AgingModel.DIMENSION; k++) {
            y[shared + AGING + k] += increment[k];
        }
        y[shared + THROUGHPUT] += increment[AgingModel.DIMENSION];
        throughputBefore += increment[AgingModel.DIMENSION];
    }

    /** Everything needed to continue exactly from here. */
    public double[] state() {
        double[] cycles = countedCycles == null ? new double[0] : countedCycles.state();
        double[] all = new double[dimension + 3 + cycles.length];
        System.arraycopy(y, 0, all, 0, dimension);
        all[dimension] = groupCurrent;
        all[dimension + 1] = coolantTemperature;
        all[dimension + 2] = throughputBefore;
        System.arraycopy(cycles, 0, all, dimension + 3, cycles.length);
        return all;
    }

    /** Continues from a {@link #state()} of a pack built with the same arguments. */
    public void restore(double[] state) {
        sharedAtState = false;
        System.arraycopy(state, 0, y, 0, dimension);
        groupCurrent = state[dimension];
        coolantTemperature = state[dimension + 1];
        throughputBefore = state[dimension + 2];
        if (countedCycles != null) {
            countedCycles.restore(java.util.Arrays.copyOfRange(state, dimension + 3, state.length));
        }
    }
}
