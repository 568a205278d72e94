package dev.drivetwin.fmuexport.runtime;

/**
 * Where an instance is in the FMI 2.0 Co-Simulation life cycle, as far as the runtime needs to know it: which
 * variables the host may set. The full call-order check is the native shim's. The order is part of the contract
 * with the shim: {@link RealWriteTable} and {@link PendingRealWrites} carry a phase as its ordinal, and
 * jvm_backend.c (enum phase) numbers the phases the same way.
 */
enum Phase {
    INSTANTIATED, INITIALIZATION, STEPPING, TERMINATED
}
