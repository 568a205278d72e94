/**
 * Average-value two-level inverter: conduction and switching losses of switches and diodes for sinusoidal PWM,
 * as functions of peak phase current, modulation index, power factor, DC voltage, switching frequency and junction
 * temperature (Graovac and Puerschel, Infineon 2009; Infineon AN2008-03). No FMI here.
 */
package dev.drivetwin.fmumotorinverter.inverter;
