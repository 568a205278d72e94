/**
 * The co-simulation master: imports FMUs through FMI4j, runs them and writes results. It knows only .fmu files
 * and system descriptions, never model classes.
 */
package dev.drivetwin.cosimmaster;
