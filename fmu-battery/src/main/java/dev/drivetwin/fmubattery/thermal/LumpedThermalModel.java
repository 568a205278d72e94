package dev.drivetwin.fmubattery.thermal;

/**
 * Lumped heat balance of one cell (Bernardi, Pawlikowski, Newman, J. Electrochem. Soc. 132 (1985) 5-12, for the
 * heat terms; Incropera et al., Fundamentals of Heat and Mass Transfer, 7th ed., section 5.2, for the lumped
 * capacitance):
 * <pre>
 *   m·c_p dT/dt = Q_joule + Q_polarisation + Q_reversible - h·A·(T - T_coolant)
 *   Q_joule        = i²·R0                       (series resistance)
 *   Q_polarisation = u1²/R1 + u2²/R2             (dissipated in the RC resistors)
 *   Q_reversible   = -i·T·dOCV/dT                (entropic; i > 0 on discharge)
 * </pre>
 * Resistances here are the aged ones. Immutable and thread-safe.
 */
public final class LumpedThermalModel {
    private final ThermalParameters parameters;

    public LumpedThermalModel(ThermalParameters parameters) {
        this.parameters = parameters;
    }

    public ThermalParameters parameters() {
        return parameters;
    }

    /** Irreversible heat i²R0 + u1²/R1 + u2²/R2 [W]. */
    public static double irreversibleHeat(double current, double r0, double u1, double r1, double u2, double r2) {
        return current * current * r0 + u1 * u1 / r1 + u2 * u2 / r2;
    }

    /** Reversible (entropic) heat -i·T·dOCV/dT [W]. */
    public static double reversibleHeat(double current, double temperature, double entropicCoefficient) {
        return -current * temperature * entropicCoefficient;
    }

    /** Heat flow from the cell to the coolant h·A·(T - T_coolant) [W]. */
    public double heatToCoolant(double temperature, double coolantTemperature) {
        return parameters.heatTransferCoefficient() * (temperature - coolantTemperature);
    }

    /** dT/dt [K/s] for generated heat {@code heat} [W] and heat flow to the coolant {@code heatToCoolant} [W]. */
    public double temperatureRate(double heat, double heatToCoolant) {
        return (heat - heatToCoolant) / parameters.heatCapacity();
    }
}
