/**
 * A thin adapter over FMI4j: {@link dev.drivetwin.cosimmaster.fmi.ImportedFmu} loads an .fmu file and
 * {@link dev.drivetwin.cosimmaster.fmi.FmuSlave} is one Co-Simulation instance of it, behind the
 * {@link dev.drivetwin.cosimmaster.fmi.FmuInstance} seam (whose other side may be a child process, see the
 * {@code hosting} package); {@link dev.drivetwin.cosimmaster.fmi.TimedFmuInstance} times doStep behind the same
 * seam. Every call's fmi2Status is kept (FMI4j reduces some to a boolean) and a status worse than warning becomes a
 * {@link dev.drivetwin.cosimmaster.MasterException} naming the FMU, the call and the simulated time.
 *
 * <p>FMI4j 0.38.0 defects this package steps around: {@code newInstance} does not check for a NULL
 * fmi2Component, so {@link dev.drivetwin.cosimmaster.fmi.FmuSlave} checks it; its JNI {@code setDebugLogging}
 * crashes the JVM for any non-empty category list, so it is never called; and its logger callback aborts the
 * process on messages over 999 bytes (our FMUs truncate theirs; a third-party FMU may not).
 */
package dev.drivetwin.cosimmaster.fmi;
