/**
 * What runs inside an FMU: {@link dev.drivetwin.fmuexport.runtime.SlaveInstance} applies the FMI rules that need
 * the variables (value references, which variable may be set when, time) and turns every failure into a status
 * and a log message; {@link dev.drivetwin.fmuexport.runtime.NativeBridge} is the in-process JNI entry point the
 * C shim in src/main/c calls; {@link dev.drivetwin.fmuexport.runtime.ChildProcessHost} is the main class of the
 * child JVM the shim starts in out-of-process mode, speaking {@link dev.drivetwin.fmuexport.runtime.ChildProtocol}
 * over its stdin and stdout. Nothing in this package throws across to native code.
 */
package dev.drivetwin.fmuexport.runtime;
