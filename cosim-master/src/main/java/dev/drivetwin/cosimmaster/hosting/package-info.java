/**
 * Where FMU instances run. {@link dev.drivetwin.cosimmaster.hosting.FmuLauncher} makes an instance in this process
 * (FMI4j, the fast default) or, per FMU, in a child JVM:
 * {@link dev.drivetwin.cosimmaster.hosting.ChildProcessFmuInstance} on the master's side and {@link dev.drivetwin.cosimmaster.hosting.ChildFmuHost} in the child, talking over a
 * loopback socket with one request and one reply per call ({@link dev.drivetwin.cosimmaster.hosting.HostCall}).
 * A socket rather than the child's stdin/stdout because a native FMU may print to stdout, and because a socket read
 * can time out, which is how a hung FMU is noticed.
 */
package dev.drivetwin.cosimmaster.hosting;
