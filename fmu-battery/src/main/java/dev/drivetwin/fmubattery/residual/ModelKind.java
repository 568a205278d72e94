package dev.drivetwin.fmubattery.residual;

/** What the networks of a {@link ResidualModel} predict. */
public enum ModelKind {
    /** ΔC = C - C_physics, from the cycle conditions and C_physics: C_hybrid = C_physics + ΔC. */
    HYBRID,
    /** C itself, from the cycle conditions alone (the "ML-only" comparison). */
    DATA_ONLY
}
