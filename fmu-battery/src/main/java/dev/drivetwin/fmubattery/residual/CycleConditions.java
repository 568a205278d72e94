package dev.drivetwin.fmubattery.residual;

import java.util.ArrayList;
import java.util.List;

/**
 * What the capacity model knows about one discharge cycle, in SI units, in the order of {@link #CONDITION_NAMES}
 * (the FMU's cycle inputs). The networks take the inputs of {@link #featureNames(ModelKind)}, derived from these.
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
    /** The conditions in order, as the FMU names its cycle inputs. */
    public static final List<String> CONDITION_NAMES = List.of("cycleNumber", "meanTemperature", "maxTemperature",
            "chargeTime", "constantCurrentChargeTime", "restTime", "dischargeRate");
    /**
     * Network inputs in order: only what is known before the discharge starts (the temperatures, measured during
     * it, were dropped on validation cycles, docs/validation.md), and the rest time also as its logarithm, since
     * rests span 4 to 300 h and a standardised linear rest time squeezes all but the longest to one value.
     */
    public static final List<String> FEATURE_NAMES = List.of("cycleNumber", "chargeTime",
            "constantCurrentChargeTime", "restTime", "logRestTime", "dischargeRate");
    /** The physics prediction C_physics [C] as a network input. */
    public static final String PHYSICS_CAPACITY = "physicsCapacity";
    private static final double HOUR = 3600;

    /** The feature names a model of {@code kind} takes; a {@link ModelKind#HYBRID} model adds C_physics last. */
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
        features[1] = chargeTime;
        features[2] = constantCurrentChargeTime;
        features[3] = restTime;
        features[4] = Math.log(Math.max(restTime, 1) / HOUR); // ln of hours; below 1 s is no rest to speak of
        features[5] = dischargeRate;
        if (kind == ModelKind.HYBRID) {
            features[6] = physicsCapacity;
        }
    }
}
