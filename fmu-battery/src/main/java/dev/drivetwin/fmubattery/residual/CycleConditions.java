package dev.drivetwin.fmubattery.residual;

import java.util.ArrayList;
import java.util.List;

/**
 * What the capacity model knows about one discharge cycle, in SI units. The names are those of
 * {@link #FEATURE_NAMES}, the order of the network inputs.
 *
 * @param cycleNumber discharge cycles so far, this one included [1]
 * @param meanTemperature time-weighted mean cell surface temperature during the discharge [K]
 * @param maxTemperature highest cell surface temperature during the discharge [K]
 * @param chargeTime duration of the charge before this discharge, constant current and constant voltage [s]
 * @param constantCurrentChargeTime its constant-current part [s]
 * @param restTime time from the previous discharge's start to this one's [s]
 * @param dischargeRate discharge current over nominal capacity [1/s] (1C = 1/3600 s⁻¹)
 */
public record CycleConditions(double cycleNumber, double meanTemperature, double maxTemperature, double chargeTime,
        double constantCurrentChargeTime, double restTime, double dischargeRate) {
    /** Network inputs in order; a {@link ModelKind#HYBRID} model adds {@link #PHYSICS_CAPACITY} last. */
    public static final List<String> FEATURE_NAMES = List.of("cycleNumber", "meanTemperature", "maxTemperature",
            "chargeTime", "constantCurrentChargeTime", "restTime", "dischargeRate");
    /** The physics prediction C_physics [C] as a network input. */
    public static final String PHYSICS_CAPACITY = "physicsCapacity";

    /** The feature names a model of {@code kind} takes. */
    public static List<String> featureNames(ModelKind kind) {
        if (kind == ModelKind.DATA_ONLY) {
            return FEATURE_NAMES;
        }
        List<String> names = new ArrayList<>(FEATURE_NAMES);
        names.add(PHYSICS_CAPACITY);
        return List.copyOf(names);
    }

    /** Writes the features of a model of {@code kind} into {@code features}, in the order of its names. */
    public void features(ModelKind kind, double physicsCapacity, double[] features) {
        features[0] = cycleNumber;
        features[1] = meanTemperature;
        features[2] = maxTemperature;
        features[3] = chargeTime;
        features[4] = constantCurrentChargeTime;
        features[5] = restTime;
        features[6] = dischargeRate;
        if (kind == ModelKind.HYBRID) {
            features[7] = physicsCapacity;
        }
    }
}
