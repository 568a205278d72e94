package dev.drivetwin.fmubattery.residual;

/**
 * One estimate of the capacity model, all in coulombs [C].
 *
 * @param physicsCapacity C_physics, the fade law alone
 * @param capacity the model's capacity: C_physics + mean ΔC (hybrid), or the mean network output (data only)
 * @param uncertainty calibrated 1-σ uncertainty of {@code capacity}: the ensemble members' sample standard
 *        deviation times {@link ResidualModel#uncertaintyScale} (0 for one member)
 */
public record CapacityEstimate(double physicsCapacity, double capacity, double uncertainty) {
}
