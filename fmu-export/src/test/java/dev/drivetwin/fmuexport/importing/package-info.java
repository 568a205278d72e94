/**
 * Test support shared by every component module's FMU tests: one {@link
 * dev.drivetwin.fmuexport.importing.ImportedFmu} interface over FMI4j and JavaFMI, so a module writes its scenario
 * once and runs it through both importers, and {@link dev.drivetwin.fmuexport.importing.CHostSmoke}, which runs a
 * packaged FMU through our C host. Shipped as fmu-export's test-jar with classifier {@code fmu-importers}.
 */
package dev.drivetwin.fmuexport.importing;
