/** The {@code battery-learning} command: {@code train}, {@code predict} and {@code evaluate}, one class each. */
package dev.drivetwin.batterylearning.cli;
