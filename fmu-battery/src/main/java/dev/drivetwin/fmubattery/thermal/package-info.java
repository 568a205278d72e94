/** Lumped thermal model of a cell: Joule, polarisation and reversible heat, convection to a coolant. */
package dev.drivetwin.fmubattery.thermal;
