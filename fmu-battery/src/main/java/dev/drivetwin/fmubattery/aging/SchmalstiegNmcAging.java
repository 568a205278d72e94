package dev.drivetwin.fmubattery.aging;

/**
 * NMC/graphite 18650 aging (Sanyo UR18650E, 2.15 Ah): J. Schmalstieg, S. Käbitz, M. Ecker, D. U. Sauer,
 * "A holistic aging model for Li(NiMnCo)O2 based 18650 lithium-ion batteries", J. Power Sources 257 (2014)
 * 325-334, eqs. for capacity and resistance:
 * <pre>
 *   C/C0 = 1 - α_cap·t^0.75 - β_cap·sqrt(Q)       t [days], Q charge throughput [Ah]
 *   R/R0 = 1 + α_res·t^0.75 + β_res·Q
 *   α_cap = (7.543·V - 23.75)·1e6·exp(-6976/T)
 *   α_res = (5.270·V - 16.32)·1e5·exp(-5986/T)
 *   β_cap = 7.348e-3·(V̄ - 3.667)² + 7.600e-4 + 4.081e-3·ΔDOD
 *   β_res = 2.153e-4·(V̄ - 3.725)² - 1.521e-5 + 2.798e-4·ΔDOD
 * </pre>
 * V is the storage voltage and V̄ the cycle's mean voltage [V], T [K]. This implementation takes the present
 * open-circuit voltage for V and, per counted cycle ({@link CountedCycleAging}), the throughput-weighted mean
 * open-circuit voltage since the previous count for V̄, and scales throughput to a cell of another size
 * by Q·(2.15 Ah / Q_nom) so that equal equivalent full cycles give equal fade. Rates that the fits would make
 * negative (V below 3.149 V for α_cap) are held at zero. Valid for the tested 35-50 °C calendar and 35 °C, 1C
 * cycling; the coefficients match NREL BLAST-Lite's transcription of the paper.
 */
public final class SchmalstiegNmcAging implements AgingModel {
    /** Capacity of the cell the law was fitted to [C] (2.15 Ah). */
    static final double REFERENCE_CAPACITY = 2.15 * 3600;
    private static final double DAY = 86400; // [s]

    public static double alphaCapacity(double voltage, double temperature) {
        return Math.max(0, (7.543 * voltage - 23.75) * 1e6 * Math.exp(-6976 / temperature));
    }

    public static double alphaResistance(double voltage, double temperature) {
        return Math.max(0, (5.270 * voltage - 16.32) * 1e5 * Math.exp(-5986 / temperature));
    }

    public static double betaCapacity(double meanVoltage, double depthOfCycle) {
        double d = meanVoltage - 3.667;
        return Math.max(0, 7.348e-3 * d * d + 7.600e-4 + 4.081e-3 * depthOfCycle);
    }

    public static double betaResistance(double meanVoltage, double depthOfCycle) {
        double d = meanVoltage - 3.725;
        return Math.max(0, 2.153e-4 * d * d - 1.521e-5 + 2.798e-4 * depthOfCycle);
    }

    @Override
    public void rates(AgingStress s, double[] rates) {
        // w in days^(0.75/0.75) and Ah of the reference cell
        double throughputRate = Math.abs(s.current()) / 3600 * REFERENCE_CAPACITY / s.nominalCapacity(); // [Ah/s]
        rates[CALENDAR_CAPACITY] = Math.pow(alphaCapacity(s.voltage(), s.temperature()), 1 / 0.75) / DAY;
        double bc = betaCapacity(s.voltage(), s.depthOfCycle());
        rates[CYCLE_CAPACITY] = bc * bc * throughputRate;
        rates[CALENDAR_RESISTANCE] = Math.pow(alphaResistance(s.voltage(), s.temperature()), 1 / 0.75) / DAY;
        rates[CYCLE_RESISTANCE] = betaResistance(s.voltage(), s.depthOfCycle()) * throughputRate;
    }

    @Override
    public double capacityLoss(double[] w) {
        return Math.pow(Math.max(0, w[CALENDAR_CAPACITY]), 0.75) + Math.sqrt(Math.max(0, w[CYCLE_CAPACITY]));
    }

    @Override
    public double resistanceGrowth(double[] w) {
        return Math.pow(Math.max(0, w[CALENDAR_RESISTANCE]), 0.75) + w[CYCLE_RESISTANCE];
    }
}
