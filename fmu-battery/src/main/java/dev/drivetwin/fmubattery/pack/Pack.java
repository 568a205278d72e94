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
 * A pack of Ns × Np {@link TheveninCell}s, identical or with a {@link CellSpread} (then the pack is simulated as its
 * {@link LimitingGroup}: the weakest capacity and the highest resistance of its series groups), with the lumped thermal model and an aging law, advanced one
 * step at a time with the demand (pack current or pack power, positive on discharge) and the coolant temperature
 * held constant over the step. Inside a step, the coupled ODE for
 * <pre>
 *   SOC, u1, u2, T, the four aging stress integrals, and the bookkeeping integrals
 *   (charge throughput, electrical energy, heat generated, heat to coolant, chemical energy ∫i·OCV dt)
 * </pre>
 * is solved with Hipparchus's adaptive Dormand-Prince 5(4) integrator at relative tolerance {@code tolerance}.
 * Aging feeds back: capacity Q = Q_nom·(1 - loss) and resistances R·(1 + growth). Aging rates are multiplied by
 * {@code agingAcceleration}, so one simulated second ages the cell by that many seconds (and its throughput
 * counts that many times); electrical and thermal dynamics run in real time. For laws with a depth-of-cycle
 * stress the cycle integrals are not integrated but advanced per counted cycle of the SOC history
 * ({@link CountedCycleAging}, rainflow after ASTM E1049).
 *
 * <p>A power demand is converted to a cell current at the start of the step
 * ({@link TheveninCell#currentForPower}) and that current is held over the step. Not thread-safe.
 */
public final class Pack {
    static final int SOC = 0;
    static final int U1 = 1;
    static final int U2 = 2;
    static final int TEMPERATURE = 3;
    static final int AGING = 4;
    static final int THROUGHPUT = AGING + AgingModel.DIMENSION; // ∫|i| dt [C] per cell
    static final int ENERGY = THROUGHPUT + 1;                   // ∫v·i dt [J] per cell
    static final int HEAT_GENERATED = ENERGY + 1;               // [J] per cell
    static final int HEAT_TO_COOLANT = HEAT_GENERATED + 1;      // [J] per cell
    static final int CHEMICAL_ENERGY = HEAT_TO_COOLANT + 1;     // ∫i·OCV dt [J] per cell
    static final int DIMENSION = CHEMICAL_ENERGY + 1;

    private final BatteryPreset preset;
    private final TheveninCell cell;
    private final LumpedThermalModel thermal;
    private final AgingModel aging;
    private final double agingAcceleration;
    private final DormandPrince54Integrator integrator;
    /** Null when the law's cycle aging needs no depth of cycle and follows the current continuously. */
    private final CountedCycleAging countedCycles;
    private final LimitingGroup group;
    private double throughputBefore;
    /** The shortest RC time constant of the limiting group [s]: the longest first step tried. */
    private final double longestFirstStep;
    private final double[] y = new double[DIMENSION];
    private final double[] agingRates = new double[AgingModel.DIMENSION];
    private final double[] w = new double[AgingModel.DIMENSION];
    /**
     * The derivatives, rewritten by every call of {@link #derivatives}: Hipparchus copies what the equation returns
     * into its own array (ExpandableODE.computeDerivatives) before the next call, so one array serves the whole run.
     */
    private final double[] d = new double[DIMENSION];

    // inputs held over the step
    private double current;
    private double coolantTemperature;

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
        double[] absolute = new double[DIMENSION];
        double[] relative = new double[DIMENSION];
        java.util.Arrays.fill(relative, tolerance);
        absolute[SOC] = tolerance * 1e-3;
        absolute[U1] = tolerance * 1e-3;
        absolute[U2] = tolerance * 1e-3;
        absolute[TEMPERATURE] = tolerance * 1e-2;
        for (int k = AGING; k < AGING + AgingModel.DIMENSION; k++) {
            absolute[k] = tolerance * 1e-20; // stress integrals can be tiny; relative tolerance governs
        }
        absolute[THROUGHPUT] = tolerance * 1e-3 * preset.cell().capacity();
        absolute[ENERGY] = absolute[THROUGHPUT];
        absolute[HEAT_GENERATED] = tolerance * 1e-3;
        absolute[HEAT_TO_COOLANT] = tolerance * 1e-3;
        absolute[CHEMICAL_ENERGY] = absolute[THROUGHPUT];
        this.integrator = new DormandPrince54Integrator(0, Double.POSITIVE_INFINITY, absolute, relative);
        this.group = LimitingGroup.draw(preset.pack(), spread);
        this.longestFirstStep = cell.shortestTimeConstant() * Math.min(1, group.resistanceFactor());
        this.countedCycles = agingAcceleration > 0 && aging.usesDepthOfCycle()
                ? new CountedCycleAging(aging, preset.cell().capacity(), initialSoc) : null;
        y[SOC] = initialSoc;
        y[TEMPERATURE] = initialTemperature;
        coolantTemperature = initialTemperature;
    }

    public BatteryPreset preset() {
        return preset;
    }

    public TheveninCell cell() {
        return cell;
    }

    /** Advances by {@code stepSize} [s] drawing pack current {@code packCurrent} [A] (positive discharge). */
    public void stepCurrent(double packCurrent, double coolantTemperature, double stepSize) {
        this.current = packCurrent / preset.pack().parallelCells();
        this.coolantTemperature = coolantTemperature;
        advance(stepSize);
    }

    /**
     * Advances by {@code stepSize} [s] drawing pack power {@code packPower} [W] (positive discharge).
     *
     * @throws BatteryException POWER_NOT_DELIVERABLE before anything changes when the pack cannot deliver it
     */
    public void stepPower(double packPower, double coolantTemperature, double stepSize) {
        double cellPower = packPower / preset.pack().cellCount();
        double i = cell.currentForPower(cellPower, y[SOC], y[TEMPERATURE], y[U1], y[U2], growth());
        this.current = i;
        this.coolantTemperature = coolantTemperature;
        advance(stepSize);
    }

    /** Sets the held current without stepping, so outputs at the start time reflect the first demand. */
    public void setDemandCurrent(double packCurrent, double coolantTemperature) {
        this.current = packCurrent / preset.pack().parallelCells();
        this.coolantTemperature = coolantTemperature;
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
            System.arraycopy(end.getPrimaryState(), 0, y, 0, DIMENSION);
        } catch (MathRuntimeException e) {
            System.arraycopy(before, 0, y, 0, DIMENSION);
            throw new BatteryException(e, BatteryError.INTEGRATION_FAILED, 0, stepSize, e.getMessage());
        }
        if (countedCycles != null) {
            countCycles();
        }
    }

    /** Feeds the step's end to the cycle count, which ages the cycle integrals by the cycles it closes. */
    private void countCycles() {
        double charge = y[THROUGHPUT] - throughputBefore;
        throughputBefore = y[THROUGHPUT];
        double soc = y[SOC];
        double temperature = y[TEMPERATURE];
        System.arraycopy(y, AGING, w, 0, AgingModel.DIMENSION); // w is scratch between derivative calls
        double stateOfHealth = 1 - capacityLoss(w);
        countedCycles.afterStep(charge, current, temperature, soc, cell.ocv(soc, temperature), stateOfHealth,
                agingAcceleration, y, AGING);
    }

    /**
     * Ages by the cycles still open as half cycles (ASTM E1049 step 6), as at the end of a history; counting then
     * starts afresh from the present SOC. Call at the end of a run before reading the state of health.
     */
    public void countOpenCycles() {
        if (countedCycles != null) {
            countedCycles.countOpenCycles(y[SOC], stateOfHealth(), agingAcceleration, y, AGING);
        }
    }

    private final OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
        @Override
        public int getDimension() {
            return DIMENSION;
        }

        @Override
        public double[] computeDerivatives(double t, double[] s) {
            return derivatives(s);
        }
    };

    /** The derivatives at state {@code s}, in an array that the next call overwrites. */
    double[] derivatives(double[] s) {
        double soc = s[SOC];
        double u1 = s[U1];
        double u2 = s[U2];
        double temperature = s[TEMPERATURE];
        System.arraycopy(s, AGING, w, 0, AgingModel.DIMENSION);
        double g = (1 + aging.resistanceGrowth(w)) * group.resistanceFactor();
        double capacity = capacity(w);
        double i = current;
        double r0 = cell.r0(soc, temperature) * g;
        double r1 = cell.r1(soc, temperature) * g;
        double r2 = cell.r2(soc, temperature) * g;
        double c1 = cell.c1(soc, temperature);
        double c2 = cell.c2(soc, temperature);
        double ocv = cell.ocv(soc, temperature);
        double v = ocv - u1 - u2 - i * r0;
        d[SOC] = cell.socRate(i, capacity);
        d[U1] = TheveninCell.polarisationRate(i, u1, r1, c1);
        d[U2] = TheveninCell.polarisationRate(i, u2, r2, c2);
        double heat = LumpedThermalModel.irreversibleHeat(i, r0, u1, r1, u2, r2)
                + LumpedThermalModel.reversibleHeat(i, temperature, cell.entropicCoefficient(soc, temperature));
        double toCoolant = thermal.heatToCoolant(temperature, coolantTemperature);
        d[TEMPERATURE] = (heat - toCoolant) / preset.thermal().heatCapacity();
        if (agingAcceleration > 0) {
            aging.rates(new AgingStress(temperature, soc, i, preset.cell().capacity(), 1, ocv), agingRates);
            for (int k = 0; k < AgingModel.DIMENSION; k++) {
                d[AGING + k] = agingAcceleration * agingRates[k];
            }
            if (countedCycles != null) { // advanced per counted cycle instead
                d[AGING + AgingModel.CYCLE_CAPACITY] = 0;
                d[AGING + AgingModel.CYCLE_RESISTANCE] = 0;
            }
        }
        d[THROUGHPUT] = Math.abs(i);
        d[ENERGY] = v * i;
        d[HEAT_GENERATED] = heat;
        d[HEAT_TO_COOLANT] = toCoolant;
        d[CHEMICAL_ENERGY] = i * ocv;
        return d;
    }

    /** Present capacity of the limiting group per cell [C]. */
    private double capacity(double[] stress) {
        return preset.cell().capacity() * group.capacityFactor() * (1 - capacityLoss(stress));
    }

    private double capacityLoss(double[] stress) {
        return Math.min(0.999, aging.capacityLoss(stress));
    }

    private double[] agingState() {
        double[] stress = new double[AgingModel.DIMENSION];
        System.arraycopy(y, AGING, stress, 0, AgingModel.DIMENSION);
        return stress;
    }

    /** Resistance factor g of the limiting group: aging growth times the spread's resistance factor. */
    private double growth() {
        return (1 + aging.resistanceGrowth(agingState())) * group.resistanceFactor();
    }

    /** Derivative evaluations the integrator made in the last step (a measure of its work, for benchmarks). */
    public int lastStepEvaluations() {
        return integrator.getEvaluations();
    }

    // ---- outputs (at the end of the last step, with the current held over it) ----

    /** Cell current [A], positive discharge. */
    public double cellCurrent() {
        return current;
    }

    /** State of charge [1] relative to the present (aged) capacity. */
    public double soc() {
        return y[SOC];
    }

    /** Polarisation voltages [V]. */
    public double u1() {
        return y[U1];
    }

    public double u2() {
        return y[U2];
    }

    /** Cell temperature [K]. */
    public double temperature() {
        return y[TEMPERATURE];
    }

    /** Cell terminal voltage [V]. */
    public double cellVoltage() {
        return cell.terminalVoltage(y[SOC], y[TEMPERATURE], y[U1], y[U2], current, growth());
    }

    public double packVoltage() {
        return preset.pack().seriesCells() * cellVoltage();
    }

    public double packCurrent() {
        return preset.pack().parallelCells() * current;
    }

    /** Electrical power delivered by the pack [W], positive on discharge. */
    public double packPower() {
        return packVoltage() * packCurrent();
    }

    /** Electrical energy delivered by the pack since the start [J] (negative if charged more than discharged). */
    public double packEnergy() {
        return preset.pack().cellCount() * y[ENERGY];
    }

    /** Heat generated in the pack now [W] (Joule + polarisation + reversible). */
    public double heatGeneration() {
        double g = growth();
        double soc = y[SOC];
        double t = y[TEMPERATURE];
        double heat = LumpedThermalModel.irreversibleHeat(current, cell.r0(soc, t) * g, y[U1], cell.r1(soc, t) * g,
                y[U2], cell.r2(soc, t) * g) + LumpedThermalModel.reversibleHeat(current, t,
                cell.entropicCoefficient(soc, t));
        return preset.pack().cellCount() * heat;
    }

    /** Heat flow from the pack to the coolant now [W]. */
    public double heatFlowToCoolant() {
        return preset.pack().cellCount() * thermal.heatToCoolant(y[TEMPERATURE], coolantTemperature);
    }

    /** Per-cell integrals since the start: heat generated and heat to coolant [J]. */
    public double heatGenerated() {
        return y[HEAT_GENERATED];
    }

    public double heatToCoolant() {
        return y[HEAT_TO_COOLANT];
    }

    /** Per-cell ∫ i·OCV dt [J], the energy taken from the cell's chemistry. */
    public double chemicalEnergy() {
        return y[CHEMICAL_ENERGY];
    }

    /** Per-cell charge throughput ∫|i| dt [C], real time. */
    public double chargeThroughput() {
        return y[THROUGHPUT];
    }

    /** State of health: present capacity / capacity when new [1] (aging only; the spread is not aging). */
    public double stateOfHealth() {
        return 1 - capacityLoss(agingState());
    }

    /**
     * Charge the pack can deliver between SOC 0 and 1 now [C]: Np cells of the limiting group, with spread and
     * aging.
     */
    public double usableCapacity() {
        return preset.pack().parallelCells() * capacity(agingState());
    }

    /** The series group that limits this pack (factors 1 for identical cells). */
    public LimitingGroup limitingGroup() {
        return group;
    }

    /** Relative resistance growth [1]; resistances are (1 + growth) × new. */
    public double resistanceGrowth() {
        return aging.resistanceGrowth(agingState());
    }

    /** Equivalent full cycles in aging time: acceleration × throughput / (2·Q_nom). */
    public double equivalentFullCycles() {
        return agingAcceleration * y[THROUGHPUT] / (2 * preset.cell().capacity());
    }

    public double allowedDischargeCurrent() {
        return preset.pack().parallelCells()
                * cell.allowedDischargeCurrent(y[SOC], y[TEMPERATURE], y[U1], y[U2], growth());
    }

    public double allowedChargeCurrent() {
        return preset.pack().parallelCells()
                * cell.allowedChargeCurrent(y[SOC], y[TEMPERATURE], y[U1], y[U2], growth());
    }

    /** Pack power at the allowed discharge current [W]. */
    public double allowedDischargePower() {
        double i = allowedDischargeCurrent() / preset.pack().parallelCells();
        double v = cell.terminalVoltage(y[SOC], y[TEMPERATURE], y[U1], y[U2], i, growth());
        return preset.pack().cellCount() * i * v;
    }

    /** Pack power at the allowed charge current [W], as a positive number. */
    public double allowedChargePower() {
        double i = allowedChargeCurrent() / preset.pack().parallelCells();
        double v = cell.terminalVoltage(y[SOC], y[TEMPERATURE], y[U1], y[U2], -i, growth());
        return preset.pack().cellCount() * i * v;
    }

    /**
     * The aging stress integrals w (see {@link AgingModel}) and the charge throughput ∫|i| dt [C] per cell, as
     * {w[0..3], throughput}: what {@link #addAging} adds. Their growth depends on the stress history only, not on w
     * itself, so the growth over one simulated period can be added again for a period with the same operation.
     */
    public double[] agingTotals() {
        double[] totals = new double[AgingModel.DIMENSION + 1];
        System.arraycopy(y, AGING, totals, 0, AgingModel.DIMENSION);
        totals[AgingModel.DIMENSION] = y[THROUGHPUT];
        return totals;
    }

    /**
     * Ages the pack by {@code increment} ({w[0..3], throughput}, a difference of two {@link #agingTotals}) without
     * simulating: the aging of a period of operation equal to the one measured. Electrical and thermal states and
     * the cycle count are untouched.
     */
    public void addAging(double[] increment) {
        for (int k = 0; k < AgingModel.DIMENSION; k++) {
            y[AGING + k] += increment[k];
        }
        y[THROUGHPUT] += increment[AgingModel.DIMENSION];
        throughputBefore += increment[AgingModel.DIMENSION];
    }

    /** Everything needed to continue exactly from here. */
    public double[] state() {
        double[] cycles = countedCycles == null ? new double[0] : countedCycles.state();
        double[] all = new double[DIMENSION + 3 + cycles.length];
        System.arraycopy(y, 0, all, 0, DIMENSION);
        all[DIMENSION] = current;
        all[DIMENSION + 1] = coolantTemperature;
        all[DIMENSION + 2] = throughputBefore;
        System.arraycopy(cycles, 0, all, DIMENSION + 3, cycles.length);
        return all;
    }

    /** Continues from a {@link #state()} of a pack built with the same arguments. */
    public void restore(double[] state) {
        System.arraycopy(state, 0, y, 0, DIMENSION);
        current = state[DIMENSION];
        coolantTemperature = state[DIMENSION + 1];
        throughputBefore = state[DIMENSION + 2];
        if (countedCycles != null) {
            countedCycles.restore(java.util.Arrays.copyOfRange(state, DIMENSION + 3, state.length));
        }
    }
}
