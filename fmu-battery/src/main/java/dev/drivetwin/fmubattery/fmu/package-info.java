/** The only package that knows FMI: binds the battery pack model to fmu-export's Slave API. */
package dev.drivetwin.fmubattery.fmu;
