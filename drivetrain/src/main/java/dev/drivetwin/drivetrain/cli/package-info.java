/** The {@code drivetrain-consumption} command: a table of cycle energy consumption per preset pair. */
package dev.drivetwin.drivetrain.cli;
