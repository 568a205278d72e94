/**
 * Longitudinal vehicle model for drivetrain co-simulation: drive cycles and recorded driving ({@code cycle}), road
 * load and longitudinal dynamics with gearbox and brake blending ({@code dynamics}), a feed-forward + PI driver
 * ({@code driver}), and the FMI binding ({@code fmu}), the only package that knows about FMI. Every quantity is SI;
 * failures are {@link dev.drivetwin.fmuvehicle.VehicleException} with a {@link dev.drivetwin.fmuvehicle.VehicleError}.
 */
package dev.drivetwin.fmuvehicle;
