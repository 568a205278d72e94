/**
 * Longitudinal vehicle dynamics: {@link dev.drivetwin.fmuvehicle.dynamics.RoadLoad} (rolling, aerodynamic, grade),
 * {@link dev.drivetwin.fmuvehicle.dynamics.Driveline} (single-speed gearbox with efficiency taken in the direction
 * of power flow), {@link dev.drivetwin.fmuvehicle.dynamics.BrakeBlending} (regen first, friction for the rest) and
 * {@link dev.drivetwin.fmuvehicle.dynamics.LongitudinalDynamics}, integrated with Hipparchus' classical RK4 with
 * the energy integrals as extra states so the balance can be checked. Parameters are
 * {@link dev.drivetwin.fmuvehicle.dynamics.VehicleParameters} records read from JSON presets. Equations and
 * sources: docs/models.md, section "Vehicle".
 */
package dev.drivetwin.fmuvehicle.dynamics;
