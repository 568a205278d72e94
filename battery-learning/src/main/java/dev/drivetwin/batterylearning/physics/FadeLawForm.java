package dev.drivetwin.batterylearning.physics;

/** Which constants of {@link dev.drivetwin.fmubattery.residual.RestRecoveryFade} a fit leaves free. */
public enum FadeLawForm {
    /**
     * β1 = 0: C_n = C_1·η^(n-1), no recovery; nearly linear over the NASA records. ρ and β2 then have no effect
     * and keep the fit's starting values.
     */
    PLAIN_FADE,
    /** ρ = η: B. Saha and K. Goebel (PHM Society 2009), a recovery fades as slowly as the cell. */
    SAHA_GOEBEL,
    /** ρ free: a recovery may wear off faster than the cell fades. */
    REST_RECOVERY
}
