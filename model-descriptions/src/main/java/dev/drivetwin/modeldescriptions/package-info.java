/**
 * FMI 2.0 model descriptions for Co-Simulation: the data model ({@code model}), reading and writing
 * {@code modelDescription.xml} ({@code xml}) and the rules of the standard ({@code rules}).
 *
 * <p>Every failure in this module is reported as an unchecked {@link
 * dev.drivetwin.modeldescriptions.ModelDescriptionException} whose {@link
 * dev.drivetwin.modeldescriptions.ModelDescriptionError} tells the kind of failure. Messages name the
 * source file, the line, the element and the value that was expected.
 */
package dev.drivetwin.modeldescriptions;
