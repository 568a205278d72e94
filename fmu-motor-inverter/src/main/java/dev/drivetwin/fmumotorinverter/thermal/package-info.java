/**
 * Winding, magnet and junction temperatures as first-order RC nodes to the coolant, advanced exactly over a step
 * with heat flows held, and linear torque derating between a start temperature and a limit. No FMI here.
 */
package dev.drivetwin.fmumotorinverter.thermal;
