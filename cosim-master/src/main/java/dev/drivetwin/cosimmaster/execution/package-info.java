/**
 * Running FMUs over time: {@link dev.drivetwin.cosimmaster.execution.FixedStepExperiment} says when the
 * communication points are, {@link dev.drivetwin.cosimmaster.execution.SingleFmuRun} runs one FMU through them,
 * with scripted inputs ({@link dev.drivetwin.cosimmaster.execution.InputChange}).
 */
package dev.drivetwin.cosimmaster.execution;
