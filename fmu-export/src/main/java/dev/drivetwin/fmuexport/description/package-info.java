/** Generates the FMI 2.0 model description of a slave from its declaration, with SI units from a catalog. */
package dev.drivetwin.fmuexport.description;
