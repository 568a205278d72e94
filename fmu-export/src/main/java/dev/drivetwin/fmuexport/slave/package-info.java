/**
 * The Java slave API: a component implements {@link dev.drivetwin.fmuexport.slave.Slave} and declares its
 * variables with their getters and setters in {@link dev.drivetwin.fmuexport.slave.SlaveDeclaration}; the
 * model description and the runtime's value-reference tables both come from that one declaration.
 */
package dev.drivetwin.fmuexport.slave;
