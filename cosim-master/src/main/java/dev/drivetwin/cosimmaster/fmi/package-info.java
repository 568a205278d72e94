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
 * crashes the JVM for any non-empty category list, so it is never called; its logger callback aborts the
 * process on messages over 999 bytes (our FMUs truncate theirs; a third-party FMU may not); its JNI
 * {@code setBoolean} passes Java booleans (1 byte) as fmi2Boolean (4 bytes), so {@code FmuSlave} pads each value
 * to four; it calls fmi2Terminate on close in any state, so {@code FmuSlave} marks instances never initialised or
 * failed as terminated; and its {@code getFMUstate} passes an uninitialised *FMUstate, which our shim ignores unless
 * it is a live state of that instance (a third-party FMU may read through it).
 */
package dev.drivetwin.cosimmaster.fmi;
