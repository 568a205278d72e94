/**
 * Permanent-magnet synchronous machine in steady state (rotor dq frame, amplitude-invariant): MTPA current split,
 * field weakening under the voltage limit Vdc/sqrt(3) of space-vector PWM, current, torque, power and speed limits,
 * and losses (copper 1.5 Rs (id^2 + iq^2); iron k_h f psi^2 + k_e f^2 psi^2 + k_x (f psi)^1.5, Steinmetz with
 * Bertotti's separation, f the electrical frequency and psi the stator flux linkage; friction and windage
 * c0 |w| + b w^2 + c_w |w|^3), or losses from a measured map. No FMI here.
 */
package dev.drivetwin.fmumotorinverter.machine;
