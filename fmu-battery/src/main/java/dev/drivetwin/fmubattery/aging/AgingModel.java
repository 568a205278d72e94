package dev.drivetwin.fmubattery.aging;

/**
 * A semi-empirical aging law written as four stress integrals w_k, each growing at a rate that depends only on
 * the present stress, so the law holds under varying conditions and its states are plain ODE states:
 * <pre>
 *   w[CALENDAR_CAPACITY], w[CYCLE_CAPACITY], w[CALENDAR_RESISTANCE], w[CYCLE_RESISTANCE]
 *   capacity loss     = capacityLoss(w)      (fraction of the nominal capacity)
 *   resistance growth = resistanceGrowth(w)  (fraction; R = R_new·(1 + growth))
 * </pre>
 * A published law loss = k(stress)·x^z (x time or throughput) becomes dw/dt = k^(1/z)·dx/dt and loss = w^z:
 * under constant stress this is the published law exactly, and under varying stress it is the usual
 * "equivalent time" superposition. Implementations are immutable and thread-safe.
 */
public interface AgingModel {
    int CALENDAR_CAPACITY = 0;
    int CYCLE_CAPACITY = 1;
    int CALENDAR_RESISTANCE = 2;
    int CYCLE_RESISTANCE = 3;
    int DIMENSION = 4;

    /** Writes dw_k/dt [per s of aging time] for the present stress into {@code rates[0..3]}. */
    void rates(AgingStress stress, double[] rates);

    /** Capacity loss as a fraction of the nominal capacity, from the stress integrals. */
    double capacityLoss(double[] w);

    /** Relative resistance growth (0 for a new cell), from the stress integrals. */
    double resistanceGrowth(double[] w);

    /**
     * Whether the cycle rates depend on {@link AgingStress#depthOfCycle()}: then the cycle integrals are advanced
     * per counted cycle ({@link CountedCycleAging}), not continuously.
     */
    default boolean usesDepthOfCycle() {
        return true;
    }

    /** The model for one of the built-in kinds. */
    static AgingModel of(AgingModelKind kind) {
        return switch (kind) {
            case NAUMANN_LFP -> new NaumannLfpAging();
            case SCHMALSTIEG_NMC -> new SchmalstiegNmcAging();
            case WANG_LFP -> new WangLfpAging();
            case XU_LMO -> new XuDegradation();
        };
    }
}
