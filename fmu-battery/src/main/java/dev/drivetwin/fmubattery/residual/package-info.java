/**
 * The learned residual (hybrid) capacity model: C_hybrid = C_physics + ΔC_ML. C_physics is a fade law with capacity
 * recovered during rests (Saha and Goebel 2009, {@link dev.drivetwin.fmubattery.residual.RestRecoveryFade}); ΔC_ML is the mean of an
 * ensemble of small dense networks ({@link dev.drivetwin.fmubattery.residual.ResidualNetwork}), whose spread, times a
 * factor calibrated on validation cycles and stored in the file, is the reported 1-σ uncertainty. The networks are
 * trained elsewhere (module battery-learning, with Deep Java Library) and read here from a versioned JSON file ({@link dev.drivetwin.fmubattery.residual.ResidualModelFiles}); this package
 * evaluates them in plain Java with EJML and knows neither the learning framework nor FMI.
 */
package dev.drivetwin.fmubattery.residual;
