/**
 * The coupling loop ({@link dev.drivetwin.drivetrain.coupling.JavaDrivetrain}): driver → torque command → drive at
 * the mean shaft speed of the step → shaft torque → vehicle, DC current → battery, iterated within each step so
 * that the shaft work equals the work the vehicle receives. {@link dev.drivetwin.drivetrain.coupling.Energies}
 * holds every energy flow so that the balance battery = losses + road load + ΔE_kin can be checked per step and per
 * cycle; {@link dev.drivetwin.drivetrain.coupling.PresetPair} names the vehicle/drive pairs compared with published
 * consumption figures.
 */
package dev.drivetwin.drivetrain.coupling;
