/**
 * Judges result files from any tool (our master, other importers, reference CSVs, measured data) against
 * tolerance tubes and reports pass or fail. Depends on no other drivetrain module. The comparison code
 * arrives with its own issue; until then this module holds no classes.
 */
package dev.drivetwin.validation;
