/** Ns × Np packs of identical cells, and the coupled electrical-thermal-aging ODE solved with Hipparchus. */
package dev.drivetwin.fmubattery.pack;
