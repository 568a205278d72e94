/**
 * The FMI binding of the vehicle model: {@link dev.drivetwin.fmuvehicle.fmu.VehicleSlave} implements fmu-export's
 * slave API over {@link dev.drivetwin.fmuvehicle.driver.DrivenVehicle}. The only package of this module that
 * imports {@code dev.drivetwin.fmuexport}; the build packages it as {@code target/Vehicle.fmu}.
 */
package dev.drivetwin.fmuvehicle.fmu;
