/**
 * The driver: {@link dev.drivetwin.fmuvehicle.driver.PiDriver} (road-load feed-forward plus PI on the speed error,
 * with conditional-integration anti-windup) turns a target speed into a motor torque demand [N·m], and
 * {@link dev.drivetwin.fmuvehicle.driver.DrivenVehicle} closes the loop around the longitudinal dynamics along a
 * drive cycle, as the FMU does. Not thread-safe; one instance per simulated vehicle.
 */
package dev.drivetwin.fmuvehicle.driver;
