/**
 * The simplest battery that closes a drivetrain energy balance: a constant open-circuit voltage behind an optional
 * series resistance ({@link dev.drivetwin.drivetrain.battery.IdealBattery}). The real battery model lives in
 * {@code fmu-battery}; this one only stands in for it so that the vehicle and drive can be checked alone.
 */
package dev.drivetwin.drivetrain.battery;
