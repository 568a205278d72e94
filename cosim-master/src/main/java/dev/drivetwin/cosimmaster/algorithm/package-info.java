/**
 * Master algorithms: how the components of a system exchange inputs and step.
 *
 * <p>With inputs held constant over a communication step h (zero-order hold), each component integrates its part
 * with inputs that lag the true coupling signals by up to h, so the global error of
 * {@link dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm} (all components get the values at t, then step in
 * parallel) and {@link dev.drivetwin.cosimmaster.algorithm.GaussSeidelAlgorithm} (components step in connection
 * order, each fed by those that already stepped) is O(h); Gauss-Seidel's constant is smaller because half of the
 * signals are current. Both are multi-rate: a component with step multiple m steps every m base steps by m h.
 * {@link dev.drivetwin.cosimmaster.algorithm.VariableStepAlgorithm} controls h by step doubling: the local error
 * O(h²) is estimated by the difference of one step h and two steps h/2, taken from a saved FMU state, and a step
 * whose error exceeds the tolerance is rejected by restoring every FMU (fmi2GetFMUstate/fmi2SetFMUstate).
 * docs/validation.md ("Co-simulation master") has the measured orders.
 */
package dev.drivetwin.cosimmaster.algorithm;
