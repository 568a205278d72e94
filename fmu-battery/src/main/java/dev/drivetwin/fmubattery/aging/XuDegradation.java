package dev.drivetwin.fmubattery.aging;

/**
 * The degradation form of B. Xu, A. Oudalov, A. Ulbig, G. Andersson, D. S. Kirschen, "Modeling of lithium-ion
 * battery degradation for cell life assessment", IEEE Trans. Smart Grid 9 (2018, online 2016) 1131-1140, with
 * its LMO/graphite parameters (Table I):
 * <pre>
 *   L = 1 - α_sei·exp(-β_sei·f_d) - (1 - α_sei)·exp(-f_d)          α_sei = 5.75e-2, β_sei = 121
 *   f_d = f_cal + f_cyc
 *   df_cal/dt = k_t·S_σ(σ)·S_T(T)                                  k_t = 4.14e-10 /s
 *   f_cyc     = Σ over cycles of n·S_δ(δ)·S_σ(σ)·S_T(T)            n = 1 full, 0.5 half cycle
 *   S_δ(δ) = 1 / (k_δ1·δ^k_δ2 + k_δ3)   k_δ1 = 1.40e5, k_δ2 = -0.501, k_δ3 = -1.23e5
 *   S_σ(σ) = exp(k_σ·(σ - 0.5))         k_σ = 1.04
 *   S_T(T) = exp(k_T·(T - T_ref)·T_ref/T)   k_T = 6.93e-2 /K, T_ref = 298.15 K
 * </pre>
 * Cycles are counted continuously: a throughput of 2·δ·Q_nom is one cycle of depth δ, so
 * df_cyc/dt = |i|/(2·Q_nom·δ)·S_δ(δ)·S_σ·S_T, with δ floored at 0.01. L is the capacity loss; the paper models
 * no resistance, so the resistance growth is zero.
 */
public final class XuDegradation implements AgingModel {
    static final double ALPHA_SEI = 5.75e-2;
    static final double BETA_SEI = 121;
    static final double K_TIME = 4.14e-10; // [1/s]
    static final double MINIMUM_DEPTH = 0.01;

    public static double depthStress(double depth) {
        return 1 / (1.40e5 * Math.pow(depth, -0.501) - 1.23e5);
    }

    public static double socStress(double soc) {
        return Math.exp(1.04 * (soc - 0.5));
    }

    public static double temperatureStress(double temperature) {
        double reference = 298.15;
        return Math.exp(6.93e-2 * (temperature - reference) * reference / temperature);
    }

    /** L(f_d) of the paper. */
    public static double loss(double fd) {
        return 1 - ALPHA_SEI * Math.exp(-BETA_SEI * fd) - (1 - ALPHA_SEI) * Math.exp(-fd);
    }

    @Override
    public void rates(AgingStress s, double[] rates) {
        double common = socStress(s.soc()) * temperatureStress(s.temperature());
        double depth = Math.max(MINIMUM_DEPTH, Math.min(1, s.depthOfCycle()));
        rates[CALENDAR_CAPACITY] = K_TIME * common;
        rates[CYCLE_CAPACITY] = Math.abs(s.current()) / (2 * s.nominalCapacity() * depth) * depthStress(depth)
                * common;
        rates[CALENDAR_RESISTANCE] = 0;
        rates[CYCLE_RESISTANCE] = 0;
    }

    @Override
    public double capacityLoss(double[] w) {
        return loss(w[CALENDAR_CAPACITY] + w[CYCLE_CAPACITY]);
    }

    @Override
    public double resistanceGrowth(double[] w) {
        return 0;
    }
}
