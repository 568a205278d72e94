/**
 * The rules of the FMI 2.0 standard that a Co-Simulation model description must satisfy beyond its
 * XML schema: the causality/variability and {@code initial} tables of section 2.2.7, start-value
 * requirements, uniqueness of names and value references, ModelStructure (section 2.2.8) and the
 * references between variables, TypeDefinitions and UnitDefinitions.
 *
 * <p>{@link dev.drivetwin.modeldescriptions.rules.RuleValidator#validate} reports every broken rule
 * as a {@link dev.drivetwin.modeldescriptions.rules.Violation} whose rule id is one of {@link
 * dev.drivetwin.modeldescriptions.rules.FmiRule}; it never stops at the first one. All classes are
 * stateless and thread-safe.
 */
package dev.drivetwin.modeldescriptions.rules;
