/**
 * Permanent-magnet synchronous machine, inverter losses and drive thermal model, packaged as an FMI 2.0
 * Co-Simulation FMU. The model arrives with issue 4; until then this module holds no classes.
 */
package dev.drivetwin.fmumotorinverter;
