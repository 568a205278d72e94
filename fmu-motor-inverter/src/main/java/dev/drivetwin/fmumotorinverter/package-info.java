/**
 * Permanent-magnet synchronous machine, inverter losses and drive thermal model, packaged as the FMI 2.0
 * Co-Simulation FMU {@code MotorInverter.fmu}. Packages: {@code machine}, {@code inverter}, {@code thermal},
 * {@code drive} (plain Java physics, no FMI) and {@code fmu} (the binding). Units are SI throughout. The root
 * exception is {@link dev.drivetwin.fmumotorinverter.MotorInverterException}.
 */
package dev.drivetwin.fmumotorinverter;
