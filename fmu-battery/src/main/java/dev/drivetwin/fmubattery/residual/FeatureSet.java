package dev.drivetwin.fmubattery.residual;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Which of a cycle's {@link CycleConditions} the networks take, in order; a {@link ModelKind#HYBRID} model adds
 * C_physics ({@value #PHYSICS_CAPACITY}) last. A model file names its inputs, and the set is recognised from them.
 */
public enum FeatureSet {
    /**
     * Only what is known before the discharge starts, so the model forecasts the cycle's capacity; the rest time
     * also as ln(rest / 1 h), since rests span 4 to 300 h and standardised linearly all but the longest look alike.
     */
    FORECAST(List.of(
            new Feature("cycleNumber", CycleConditions::cycleNumber),
            new Feature("chargeTime", CycleConditions::chargeTime),
            new Feature("constantCurrentChargeTime", CycleConditions::constantCurrentChargeTime),
            new Feature("restTime", CycleConditions::restTime),
            new Feature("logRestTime", CycleConditions::logRestTime),
            new Feature("dischargeRate", CycleConditions::dischargeRate))),
    /**
     * All seven conditions, including the temperatures measured during the discharge whose capacity is wanted: an
     * estimate from that discharge's measurements, not a forecast (the inputs of version-1 model files).
     */
    ESTIMATE(List.of(
            new Feature("cycleNumber", CycleConditions::cycleNumber),
            new Feature("meanTemperature", CycleConditions::meanTemperature),
            new Feature("maxTemperature", CycleConditions::maxTemperature),
            new Feature("chargeTime", CycleConditions::chargeTime),
            new Feature("constantCurrentChargeTime", CycleConditions::constantCurrentChargeTime),
            new Feature("restTime", CycleConditions::restTime),
            new Feature("dischargeRate", CycleConditions::dischargeRate)));

    /** The physics prediction C_physics [C] as a network input. */
    public static final String PHYSICS_CAPACITY = "physicsCapacity";

    private record Feature(String name, ToDoubleFunction<CycleConditions> value) {
    }

    private final List<Feature> features;

    FeatureSet(List<Feature> features) {
        this.features = features;
    }

    /** The input names of a model of {@code kind}, in order. */
    public List<String> names(ModelKind kind) {
        List<String> names = new ArrayList<>(features.stream().map(Feature::name).toList());
        if (kind == ModelKind.HYBRID) {
            names.add(PHYSICS_CAPACITY);
        }
        return List.copyOf(names);
    }

    /** Writes the inputs of a model of {@code kind} into {@code out}, in the order of {@link #names}. */
    public void write(CycleConditions conditions, ModelKind kind, double physicsCapacity, double[] out) {
        for (int k = 0; k < features.size(); k++) {
            out[k] = features.get(k).value().applyAsDouble(conditions);
        }
        if (kind == ModelKind.HYBRID) {
            out[features.size()] = physicsCapacity;
        }
    }

    /** The set whose names for {@code kind} are {@code names}, if any. */
    public static Optional<FeatureSet> of(ModelKind kind, List<String> names) {
        for (FeatureSet set : values()) {
            if (set.names(kind).equals(names)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }
}
