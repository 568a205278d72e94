/**
 * Running FMUs over time: {@link dev.drivetwin.cosimmaster.execution.FixedStepExperiment} says when the
 * communication points are, {@link dev.drivetwin.cosimmaster.execution.SingleFmuRun} runs one FMU through them and
 * {@link dev.drivetwin.cosimmaster.execution.SystemRun} a coupled system, both with scripted inputs
 * ({@link dev.drivetwin.cosimmaster.execution.InputChange}, kept in time order by
 * {@link dev.drivetwin.cosimmaster.execution.InputSchedule}).
 */
package dev.drivetwin.cosimmaster.execution;
