/**
 * Ns × Np packs of identical cells or of cells with a seeded manufacturing spread (simulated as the limiting series
 * group), and the coupled electrical-thermal-aging ODE solved with Hipparchus.
 */
package dev.drivetwin.fmubattery.pack;
