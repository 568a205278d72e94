/**
 * The FMI 2.0 export layer: turns a component written against the small Java {@link
 * dev.drivetwin.fmuexport.slave.Slave} API into a Co-Simulation FMU whose native shim hosts a JVM. This layer
 * knows FMI (variables, value references, the call state machine, the zip layout) and nothing about any model.
 */
package dev.drivetwin.fmuexport;
