package dev.drivetwin.fmubattery.aging;

/**
 * Cycle aging applied per counted cycle, for laws whose stress depends on the depth of cycle
 * ({@link AgingModel#usesDepthOfCycle()}). The SOC at the end of each step feeds a {@link RainflowCounter}; each
 * counted cycle of depth DOC (its range) and mean SOC (its mean), n = 0.5 or 1, adds to the cycle stress
 * integrals
 * <pre>
 *   Δw_k = (dw_k/dt) / (dFEC/dt) · ΔFEC,    ΔFEC = n·DOC·SOH·a
 * </pre>
 * (a cycle of depth DOC moves 2·DOC of the present capacity, i.e. DOC·SOH equivalent full cycles; a the aging
 * acceleration), with the law's rates evaluated at that DOC, that mean SOC and the throughput-weighted mean C-rate,
 * temperature and open-circuit voltage since the previous count (those of the last window that moved charge, for
 * cycles closed without charge moving since). Cycles still open (the residue) age the cell when
 * they close, or when {@link #countOpenCycles} applies the standard's last step at the end of a run. Reversals of
 * SOC below {@link #HYSTERESIS} are not counted. Not thread-safe (it holds state).
 */
public final class CountedCycleAging {
    /** Smallest SOC reversal counted [1]: 0.1 % of capacity, below which no law was tested. */
    public static final double HYSTERESIS = 1e-3;
    private static final int WINDOW = 4;

    private final AgingModel model;
    private final double nominalCapacity;
    private final RainflowCounter counter = new RainflowCounter(HYSTERESIS);
    private final RainflowCounter.CycleSink sink = this::age;
    private final double[] rates = new double[AgingModel.DIMENSION];
    /** Since the previous count: charge moved [C] and its products with |i| [A], T [K] and OCV [V]. */
    private final double[] window = new double[WINDOW];
    /** Mean |i| [A], T [K] and OCV [V] of the last window that moved charge: the stress of cycles closed later. */
    private final double[] means = new double[3];
    // set for the duration of one update: where the increments go, and SOH × acceleration
    private double[] target;
    private int offset;
    private double scale;
    private boolean counted;

    /** @param nominalCapacity capacity of the new cell [C] */
    public CountedCycleAging(AgingModel model, double nominalCapacity, double initialSoc) {
        this.model = model;
        this.nominalCapacity = nominalCapacity;
        counter.add(initialSoc, sink);
    }

    /**
     * Accounts one step and ages by the cycles it closes.
     *
     * @param charge charge moved during the step [C], ≥ 0
     * @param current cell current over the step [A]
     * @param temperature cell temperature at the end of the step [K]
     * @param soc state of charge at the end of the step [1]
     * @param voltage open-circuit voltage at the end of the step [V]
     * @param stateOfHealth present capacity / nominal [1]
     * @param acceleration aging seconds per simulated second
     * @param w the stress integrals, {@link AgingModel#CYCLE_CAPACITY} and {@link AgingModel#CYCLE_RESISTANCE}
     *          at {@code offset +} those indices, incremented in place
     * @return whether a cycle closed, so that {@code w} may have grown
     */
    public boolean afterStep(double charge, double current, double temperature, double soc, double voltage,
            double stateOfHealth, double acceleration, double[] w, int offset) {
        window[0] += charge;
        window[1] += charge * Math.abs(current);
        window[2] += charge * temperature;
        window[3] += charge * voltage;
        prepare(stateOfHealth, acceleration, w, offset);
        counter.add(soc, sink);
        if (counted) {
            java.util.Arrays.fill(window, 0);
        }
        return counted;
    }

    /** Ages by every open cycle as a half cycle (ASTM step 6) and starts counting afresh from {@code soc}. */
    public void countOpenCycles(double soc, double stateOfHealth, double acceleration, double[] w, int offset) {
        prepare(stateOfHealth, acceleration, w, offset);
        counter.countResidue(sink);
        counter.restore(new double[] {0, soc});
        java.util.Arrays.fill(window, 0);
    }

    private void prepare(double stateOfHealth, double acceleration, double[] w, int offset) {
        this.target = w;
        this.offset = offset;
        this.scale = stateOfHealth * acceleration;
        this.counted = false;
    }

    private void age(double depth, double meanSoc, double cycles) {
        counted = true;
        double charge = window[0];
        if (charge > 0) {
            means[0] = window[1] / charge;
            means[1] = window[2] / charge;
            means[2] = window[3] / charge;
        }
        if (!(means[0] > 0) || !(scale > 0)) {
            return; // no charge has moved yet
        }
        AgingStress stress = new AgingStress(means[1], meanSoc, means[0], nominalCapacity, depth, means[2]);
        model.rates(stress, rates);
        double perCycle = cycles * depth * scale / stress.fullCycleRate();
        target[offset + AgingModel.CYCLE_CAPACITY] += rates[AgingModel.CYCLE_CAPACITY] * perCycle;
        target[offset + AgingModel.CYCLE_RESISTANCE] += rates[AgingModel.CYCLE_RESISTANCE] * perCycle;
    }

    /** State for saving: the window, the last means, then the counter's state. */
    public double[] state() {
        double[] c = counter.state();
        double[] all = new double[WINDOW + means.length + c.length];
        System.arraycopy(window, 0, all, 0, WINDOW);
        System.arraycopy(means, 0, all, WINDOW, means.length);
        System.arraycopy(c, 0, all, WINDOW + means.length, c.length);
        return all;
    }

    public void restore(double[] state) {
        System.arraycopy(state, 0, window, 0, WINDOW);
        System.arraycopy(state, WINDOW, means, 0, means.length);
        counter.restore(java.util.Arrays.copyOfRange(state, WINDOW + means.length, state.length));
    }
}
