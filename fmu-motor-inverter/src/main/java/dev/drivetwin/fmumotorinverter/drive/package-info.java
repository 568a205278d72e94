/**
 * The electric drive: machine, inverter and thermal model put together from a JSON preset, with the DC current
 * (P_electrical + P_inverter) / Vdc, negative when regenerating. Two fidelity levels behind one {@link
 * dev.drivetwin.fmumotorinverter.drive.DriveModel} interface: {@link
 * dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive} (steady-state machine and inverter) and {@link
 * dev.drivetwin.fmumotorinverter.drive.DynamicDrive} (dq currents under the PI {@link
 * dev.drivetwin.fmumotorinverter.drive.CurrentController}, integrated with Hipparchus's Dormand-Prince 5(4), and
 * referenced to the quasi-static operating point). No FMI here.
 */
package dev.drivetwin.fmumotorinverter.drive;
