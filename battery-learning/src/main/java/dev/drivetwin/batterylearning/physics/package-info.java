/** Fits the physics part of the hybrid model, the power-law fade of fmu-battery's residual package. */
package dev.drivetwin.batterylearning.physics;
