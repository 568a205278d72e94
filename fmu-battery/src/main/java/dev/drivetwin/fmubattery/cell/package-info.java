/**
 * The Thevenin equivalent circuit of one cell (R0 and two RC pairs) with OCV and circuit elements tabulated over
 * SOC and temperature and interpolated bilinearly (Hipparchus). Current is positive on discharge throughout.
 */
package dev.drivetwin.fmubattery.cell;
