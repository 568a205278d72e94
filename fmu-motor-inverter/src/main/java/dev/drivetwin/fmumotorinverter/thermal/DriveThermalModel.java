package dev.drivetwin.fmumotorinverter.thermal;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/**
 * Winding, magnet and junction temperatures, each a first-order RC node to the coolant:
 * C dT/dt = Q - (T - T_coolant) / R. With heat flows and coolant temperature held over a step h the update is
 * exact: T(t + h) = T_inf + (T(t) - T_inf) exp(-h / (R C)), T_inf = T_coolant + Q R. Torque derating: the product
 * is the smallest node factor clamp((limit - T) / (limit - start), 0, 1). Mutable state; not thread-safe.
 */
public final class DriveThermalModel {
    private final ThermalParameters parameters;
    private double winding;
    private double magnet;
    private double junction;

    public DriveThermalModel(ThermalParameters parameters) {
        this.parameters = MotorInverterException.present("thermal", parameters);
    }

    /** Sets every node to the coolant temperature [K]. */
    public void initialize(double coolantTemperature) {
        checkCoolant(coolantTemperature);
        winding = coolantTemperature;
        magnet = coolantTemperature;
        junction = coolantTemperature;
    }

    /**
     * Advances by {@code step} [s] with heat flows [W] into the winding (copper loss plus the stator share of the
     * iron loss), the rotor (its share of the iron loss) and the junctions (inverter loss), held constant.
     */
    public void advance(double step, double windingHeat, double magnetHeat, double junctionHeat,
            double coolantTemperature) {
        checkCoolant(coolantTemperature);
        winding = relax(winding, step, windingHeat, coolantTemperature, parameters.windingResistance(),
                parameters.windingCapacity());
        magnet = relax(magnet, step, magnetHeat, coolantTemperature, parameters.magnetResistance(),
                parameters.magnetCapacity());
        junction = relax(junction, step, junctionHeat, coolantTemperature, parameters.junctionResistance(),
                parameters.junctionCapacity());
    }

    private static double relax(double temperature, double step, double heat, double coolant, double r, double c) {
        double equilibrium = coolant + heat * r;
        return equilibrium + (temperature - equilibrium) * Math.exp(-step / (r * c));
    }

    /** Factor in [0, 1] on the available torque from the hottest node relative to its limits. */
    public double deratingFactor() {
        return Math.min(factor(winding, parameters.windingDeratingStart(), parameters.windingLimit()),
                Math.min(factor(magnet, parameters.magnetDeratingStart(), parameters.magnetLimit()),
                        factor(junction, parameters.junctionDeratingStart(), parameters.junctionLimit())));
    }

    static double factor(double temperature, double start, double limit) {
        return Math.max(0, Math.min(1, (limit - temperature) / (limit - start)));
    }

    public double windingTemperature() {
        return winding;
    }

    public double magnetTemperature() {
        return magnet;
    }

    public double junctionTemperature() {
        return junction;
    }

    /** Restores the three node temperatures [K] (state restore). */
    public void restore(double windingTemperature, double magnetTemperature, double junctionTemperature) {
        this.winding = windingTemperature;
        this.magnet = magnetTemperature;
        this.junction = junctionTemperature;
    }

    public ThermalParameters parameters() {
        return parameters;
    }

    private static void checkCoolant(double coolantTemperature) {
        if (!(coolantTemperature > 0) || Double.isInfinite(coolantTemperature)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "coolantTemperature", coolantTemperature,
                    "must be a positive absolute temperature [K]");
        }
    }
}
