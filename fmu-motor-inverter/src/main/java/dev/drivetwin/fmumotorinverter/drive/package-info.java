/**
 * The electric drive: machine, inverter and thermal model put together from a JSON preset, with the DC current
 * (P_electrical + P_inverter) / Vdc, negative when regenerating. No FMI here.
 */
package dev.drivetwin.fmumotorinverter.drive;
