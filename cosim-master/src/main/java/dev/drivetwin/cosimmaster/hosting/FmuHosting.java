package dev.drivetwin.cosimmaster.hosting;

/** Where an FMU instance runs; chosen per FMU (per component in a system). */
public enum FmuHosting {
    /** In the master's own process through FMI4j: the fast default, but a crash or hang of the FMU is the master's. */
    IN_PROCESS,
    /**
     * In a child JVM of its own, called over a local socket: about a socket round trip per call, but a crash or
     * hang ends only the child and becomes a {@link dev.drivetwin.cosimmaster.MasterException} naming the FMU;
     * also lets an FMU that allows one instance per process be instantiated several times.
     */
    CHILD_PROCESS
}
