/** The FMI binding: {@code MotorInverterSlave} exposes the drive through fmu-export's slave API. */
package dev.drivetwin.fmumotorinverter.fmu;
