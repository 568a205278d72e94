/**
 * Trains the battery FMU's learned residual capacity model (fmu-battery, package residual) with Deep Java Library
 * on NASA PCoE cycle data, and evaluates it against the fade law alone and a network alone (docs/validation.md).
 */
package dev.drivetwin.batterylearning;
