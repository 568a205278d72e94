/**
 * Fits the physics part of the hybrid model, fmu-battery's rest-recovery fade law (Saha and Goebel 2009), to
 * measured cycles as an open-loop trajectory through each cell's rest schedule.
 */
package dev.drivetwin.batterylearning.physics;
