package dev.drivetwin.fmubattery.aging;

/**
 * LFP/graphite cycle aging of J. Wang, P. Liu, J. Hicks-Garner, E. Sherman, S. Soukiazian, M. Verbrugge,
 * H. Tataria, J. Musser, P. Finamore, "Cycle-life model for graphite-LiFePO4 cells", J. Power Sources 196 (2011)
 * 3942-3948, the rate-dependent form (their eq. with the activation energy falling with C-rate):
 * <pre>
 *   Q_loss [%] = B(C)·exp(-(31700 - 370.3·C)/(R·T))·Ah^0.55        Ea in J/mol, T [K]
 *   B(0.5C) = 31630, B(2C) = 21681, B(6C) = 12934, B(10C) = 15512   (the paper's table of B per C-rate)
 * </pre>
 * Ah is the discharge throughput of the paper's 2.2 Ah 26650 cell (cycle number × depth × capacity). A cell of
 * another size counts its throughput scaled by 2.2 Ah / Q_nom so that equal equivalent full cycles age it equally,
 * as {@link SchmalstiegNmcAging} does. Between the tabulated C-rates B is interpolated linearly; outside 0.5-10C
 * the C-rate is held at the edge (the paper tested nothing else). The fit is not monotonic in C-rate (loss per Ah
 * at 298 K is lowest near 2C), which is the paper's data, not a defect here.
 *
 * <p>Wang's cycle tests include the calendar time they took; the paper models no storage, so this law adds
 * Naumann 2018 LFP calendar aging (capacity and resistance, {@link NaumannLfpAging}) for rest periods. The paper
 * models no resistance growth under cycling: the cycle resistance term is zero. Immutable and thread-safe.
 */
public final class WangLfpAging implements AgingModel {
    /** Capacity of the cell the law was fitted to [C] (2.2 Ah). */
    static final double REFERENCE_CAPACITY = 2.2 * 3600;
    static final double EXPONENT = 0.55;
    private static final double[] C_RATES = {0.5, 2, 6, 10};
    private static final double[] PRE_EXPONENTIAL = {31630, 21681, 12934, 15512};

    /** B(C) of the paper [% / Ah^0.55], linear between the tabulated C-rates, held outside them. */
    public static double preExponentialFactor(double cRate) {
        double c = heldInTestedRange(cRate);
        int k = 0;
        while (k < C_RATES.length - 2 && c > C_RATES[k + 1]) {
            k++;
        }
        double f = (c - C_RATES[k]) / (C_RATES[k + 1] - C_RATES[k]);
        return PRE_EXPONENTIAL[k] + f * (PRE_EXPONENTIAL[k + 1] - PRE_EXPONENTIAL[k]);
    }

    /** Activation energy Ea = 31700 - 370.3·C [J/mol]. */
    public static double activationEnergy(double cRate) {
        return 31700 - 370.3 * heldInTestedRange(cRate);
    }

    /** B(C)·exp(-Ea(C)/(R·T)) [% / Ah^0.55]: the loss after 1 Ah of throughput of the 2.2 Ah cell. */
    public static double cycleCapacityFactor(double cRate, double temperature) {
        return preExponentialFactor(cRate)
                * Math.exp(-activationEnergy(cRate) / (NaumannLfpAging.GAS_CONSTANT * temperature));
    }

    private static double heldInTestedRange(double cRate) {
        return Math.max(C_RATES[0], Math.min(C_RATES[C_RATES.length - 1], cRate));
    }

    /** Wang's law has no depth term: its cycle integral follows the current continuously. */
    @Override
    public boolean usesDepthOfCycle() {
        return false;
    }

    @Override
    public void rates(AgingStress s, double[] rates) {
        double k = NaumannLfpAging.calendarCapacityFactor(s.temperature(), s.soc());
        rates[CALENDAR_CAPACITY] = k * k; // w = k²·t, loss = sqrt(w)
        // discharge throughput of the reference cell [Ah/s]: half of |i|, scaled to 2.2 Ah
        double throughputRate = s.fullCycleRate() * REFERENCE_CAPACITY / 3600;
        double kc = cycleCapacityFactor(s.cRate(), s.temperature()) / 100;
        rates[CYCLE_CAPACITY] = Math.pow(kc, 1 / EXPONENT) * throughputRate; // w = kc^(1/z)·Ah, loss = w^z
        rates[CALENDAR_RESISTANCE] = NaumannLfpAging.calendarResistanceFactor(s.temperature(), s.soc());
        rates[CYCLE_RESISTANCE] = 0;
    }

    @Override
    public double capacityLoss(double[] w) {
        return Math.sqrt(Math.max(0, w[CALENDAR_CAPACITY])) + Math.pow(Math.max(0, w[CYCLE_CAPACITY]), EXPONENT);
    }

    @Override
    public double resistanceGrowth(double[] w) {
        return w[CALENDAR_RESISTANCE];
    }
}
