/**
 * Immutable data model of an FMI 2.0 {@code fmiModelDescription} for Co-Simulation.
 *
 * <p>Records mirror the elements of the standard's XML schema; a {@code null} component means the
 * optional attribute is absent (the standard's default then applies, see e.g. {@link
 * dev.drivetwin.modeldescriptions.model.ScalarVariable#effectiveCausality()}). Lists are never null
 * unless documented otherwise and are copied on construction, so every instance is immutable and
 * safe to share between threads. Indices into the variable list are 1-based, as in the standard.
 *
 * <p>Physical quantities follow the standard: times of {@link
 * dev.drivetwin.modeldescriptions.model.DefaultExperiment} are in seconds [s] of model time; units
 * of variables are whatever {@link dev.drivetwin.modeldescriptions.model.Unit} they reference. This
 * package does not check the FMI rules; see {@code dev.drivetwin.modeldescriptions.rules}.
 */
package dev.drivetwin.modeldescriptions.model;
