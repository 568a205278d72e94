package dev.drivetwin.fmubattery.residual;

/**
 * Evaluates a {@link ResidualModel}: C_physics from the fade law followed through the cycles given so far (its
 * recovery term depends on every earlier rest, see {@link FadeTrajectory}; give cycles in order), then each ensemble member's capacity
 * (C_physics + ΔC_k for a hybrid model, the network's C_k for a data-only one), their mean as the estimate and
 * their sample standard deviation times the model's {@link ResidualModel#uncertaintyScale} as its calibrated 1-σ
 * uncertainty. Not thread-safe (shared buffers); one instance per thread.
 */
public final class HybridCapacityModel {
    private final ResidualModel model;
    private final ResidualNetwork[] members;
    private final FadeTrajectory fade;
    private final FeatureSet featureSet;
    private final double[] features;
    private final double[] scaled;
    private final double[] memberCapacities;

    public HybridCapacityModel(ResidualModel model) {
        this.model = model;
        fade = new FadeTrajectory(model.physics());
        featureSet = model.featureSet();
        members = model.members().stream().map(ResidualNetwork::new).toArray(ResidualNetwork[]::new);
        features = new double[model.featureNames().size()];
        scaled = new double[features.length];
        memberCapacities = new double[members.length];
    }

    public ResidualModel model() {
        return model;
    }

    public CapacityEstimate estimate(CycleConditions conditions) {
        double physics = fade.capacity(conditions.cycleNumber(), conditions.restTime());
        featureSet.write(conditions, model.kind(), physics, features);
        model.inputs().apply(features, scaled);
        double baseline = model.kind() == ModelKind.HYBRID ? physics : 0;
        double sum = 0;
        for (int k = 0; k < members.length; k++) {
            memberCapacities[k] = baseline + model.targetMean() + model.targetScale() * members[k].evaluate(scaled);
            sum += memberCapacities[k];
        }
        double mean = sum / members.length;
        return new CapacityEstimate(physics, mean, model.uncertaintyScale() * deviation(mean));
    }

    /** Where the fade law stands in the cycles given so far, for an FMU's saved state. */
    public double[] fadeState() {
        return fade.state();
    }

    /** Returns the fade law to a state from {@link #fadeState()}. */
    public void restoreFadeState(double[] state) {
        fade.restore(state);
    }

    private double deviation(double mean) {
        if (members.length < 2) {
            return 0;
        }
        double squares = 0;
        for (double c : memberCapacities) {
            squares += (c - mean) * (c - mean);
        }
        return Math.sqrt(squares / (members.length - 1));
    }
}
