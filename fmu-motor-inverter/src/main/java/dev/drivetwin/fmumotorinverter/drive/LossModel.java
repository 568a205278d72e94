package dev.drivetwin.fmumotorinverter.drive;

/** Where the machine's losses come from. */
public enum LossModel {
    /** Copper, Steinmetz-Bertotti iron, friction and windage losses from the machine parameters. */
    PHYSICAL,
    /** A measured loss map over speed and torque ({@code lossMap} in the preset). */
    MAP
}
