/** Build-time packaging of a Java slave into an .fmu archive, optionally with a jlink-ed Java runtime. */
package dev.drivetwin.fmuexport.packaging;
