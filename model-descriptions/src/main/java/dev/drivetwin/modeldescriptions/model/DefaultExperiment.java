package dev.drivetwin.modeldescriptions.model;

/**
 * The {@code <DefaultExperiment>}; each component is {@code null} when absent.
 *
 * @param startTime start time [s]
 * @param stopTime stop time [s]
 * @param tolerance relative tolerance [1]
 * @param stepSize communication step size [s]
 */
public record DefaultExperiment(Double startTime, Double stopTime, Double tolerance, Double stepSize) {
}
