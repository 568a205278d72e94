/**
 * Li-ion battery digital twin: equivalent circuit, thermal model, cycle and calendar aging and a learned
 * residual correction, packaged as an FMI 2.0 Co-Simulation FMU. The model itself arrives with issue 3;
 * until then this module holds no classes.
 */
package dev.drivetwin.fmubattery;
