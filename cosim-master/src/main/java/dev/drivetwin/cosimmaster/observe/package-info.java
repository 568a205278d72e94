/**
 * Observers of a run ({@link dev.drivetwin.cosimmaster.observe.StepObserver}): the CSV result file and the
 * terminal table.
 */
package dev.drivetwin.cosimmaster.observe;
