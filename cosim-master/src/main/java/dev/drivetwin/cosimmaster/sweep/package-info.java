/**
 * Parameter sweeps: a {@link dev.drivetwin.cosimmaster.sweep.SweepTable} of variants (parameter values over a
 * system file's own) run in parallel by {@link dev.drivetwin.cosimmaster.sweep.ParameterSweep}, each variant an
 * independent run with its own FMU instances and result folder.
 */
package dev.drivetwin.cosimmaster.sweep;
