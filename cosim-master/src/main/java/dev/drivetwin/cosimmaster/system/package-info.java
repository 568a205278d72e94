/**
 * A co-simulation system: named {@link dev.drivetwin.cosimmaster.system.Component}s (FMU instances seen through
 * {@link dev.drivetwin.cosimmaster.fmi.FmuInstance}) and {@link dev.drivetwin.cosimmaster.system.Connection}s from
 * outputs to inputs, each with a {@link dev.drivetwin.cosimmaster.system.LinearTransformation} and a
 * {@link dev.drivetwin.cosimmaster.system.UnitConversion} (target = conversion(factor · source + offset), units
 * related through their SI base-unit exponents, factor and offset). {@link dev.drivetwin.cosimmaster.system.CoupledSystem}
 * checks the connections and knows the Gauss-Seidel order and the algebraic loops: strongly connected components
 * of the graph of connections plus direct-feedthrough edges from each FMU's ModelStructure/Outputs dependencies
 * (an output without dependency information depends on every input). {@link dev.drivetwin.cosimmaster.system.LoadedSystem}
 * loads the FMUs of a system and owns their instances.
 */
package dev.drivetwin.cosimmaster.system;
