package dev.drivetwin.fmuexport.runtime;

/**
 * Where an instance is in the FMI 2.0 Co-Simulation life cycle, as far as the runtime needs to know it: which
 * variables the host may set. The full call-order check is the native shim's.
 */
enum Phase {
    INSTANTIATED, INITIALIZATION, STEPPING, TERMINATED
}
