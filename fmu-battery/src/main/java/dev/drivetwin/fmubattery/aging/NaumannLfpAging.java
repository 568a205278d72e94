package dev.drivetwin.fmubattery.aging;

/**
 * LFP/graphite aging of the Sony/Murata US26650FTC1 (3 Ah) cell.
 * <p>Calendar: M. Naumann, M. Schimpe, P. Keil, H. C. Hesse, A. Jossen, "Analysis and modeling of calendar aging
 * of a commercial LiFePO4/graphite cell", J. Energy Storage 17 (2018) 153-169:
 * <pre>
 *   Q_loss,cal = k_T(T)·k_SOC(SOC)·sqrt(t)               t [s], loss as a fraction
 *   k_T   = 1.2571e-5 · exp(-17126/R·(1/T - 1/298.15))
 *   k_SOC = 2.8575·(SOC - 0.5)³ + 0.60225
 *   R_inc,cal = r_T(T)·r_SOC(SOC)·t                      (linear)
 *   r_T   = 3.4194e-10 · exp(-71827/R·(1/T - 1/298.15))
 *   r_SOC = -3.3903·(SOC - 0.5)² + 1.5604
 * </pre>
 * Cycle: M. Naumann, F. B. Spingler, A. Jossen, "Analysis and modeling of cycle aging of a commercial
 * LiFePO4/graphite cell", J. Power Sources 451 (2020) 227666:
 * <pre>
 *   Q_loss,cyc [%] = k_C(C)·k_DOC(DOC)·sqrt(FEC)
 *   k_C   = 0.0630·C + 0.0971,  k_DOC = 4.0253·(DOC - 0.6)³ + 1.0923
 *   R_inc,cyc [%] = r_C(C)·r_DOC(DOC)·FEC
 *   r_C   = -0.0020·C + 0.0021, r_DOC = 6.8477·(DOC - 0.5)³ + 0.9182
 * </pre>
 * C is the C-rate, DOC the depth of cycle, FEC equivalent full cycles. Tested ranges: calendar 0-100 % SOC,
 * 25-60 °C; cycle 0.2-1C, 5-100 % DOC at 25 °C (cycle aging carries no temperature term). Factors that would turn
 * negative outside the tested ranges (r_C above 1.05C) are held at zero. The cycle coefficients were
 * cross-checked against their transcription in TUM's SimSES.
 */
public final class NaumannLfpAging implements AgingModel {
    static final double GAS_CONSTANT = 8.314462618; // [J/(mol K)], CODATA 2018
    static final double REFERENCE_TEMPERATURE = 298.15; // [K]

    /** k_T(T)·k_SOC(SOC) [1/sqrt(s)]. */
    public static double calendarCapacityFactor(double temperature, double soc) {
        double kT = 1.2571e-5 * Math.exp(-17126 / GAS_CONSTANT * (1 / temperature - 1 / REFERENCE_TEMPERATURE));
        double d = soc - 0.5;
        return kT * (2.8575 * d * d * d + 0.60225);
    }

    /** r_T(T)·r_SOC(SOC) [1/s]. */
    public static double calendarResistanceFactor(double temperature, double soc) {
        double rT = 3.4194e-10 * Math.exp(-71827 / GAS_CONSTANT * (1 / temperature - 1 / REFERENCE_TEMPERATURE));
        double d = soc - 0.5;
        return rT * Math.max(0, -3.3903 * d * d + 1.5604);
    }

    /** k_C·k_DOC [% / sqrt(FEC)]. */
    public static double cycleCapacityFactor(double cRate, double depthOfCycle) {
        double d = depthOfCycle - 0.6;
        return (0.0630 * cRate + 0.0971) * (4.0253 * d * d * d + 1.0923);
    }

    /** r_C·r_DOC [% / FEC], held at zero where the fitted r_C would turn negative. */
    public static double cycleResistanceFactor(double cRate, double depthOfCycle) {
        double d = depthOfCycle - 0.5;
        return Math.max(0, -0.0020 * cRate + 0.0021) * (6.8477 * d * d * d + 0.9182);
    }

    @Override
    public void rates(AgingStress s, double[] rates) {
        double k = calendarCapacityFactor(s.temperature(), s.soc());
        rates[CALENDAR_CAPACITY] = k * k; // w = k²·t, loss = sqrt(w)
        double kc = cycleCapacityFactor(s.cRate(), s.depthOfCycle()) / 100;
        rates[CYCLE_CAPACITY] = kc * kc * s.fullCycleRate(); // w = kc²·FEC, loss = sqrt(w)
        rates[CALENDAR_RESISTANCE] = calendarResistanceFactor(s.temperature(), s.soc());
        rates[CYCLE_RESISTANCE] = cycleResistanceFactor(s.cRate(), s.depthOfCycle()) / 100 * s.fullCycleRate();
    }

    @Override
    public double capacityLoss(double[] w) {
        return Math.sqrt(Math.max(0, w[CALENDAR_CAPACITY])) + Math.sqrt(Math.max(0, w[CYCLE_CAPACITY]));
    }

    @Override
    public double resistanceGrowth(double[] w) {
        return w[CALENDAR_RESISTANCE] + w[CYCLE_RESISTANCE];
    }
}
