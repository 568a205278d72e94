/**
 * SSP 1.0 system structures: {@link dev.drivetwin.cosimmaster.ssp.SspLoader} reads an .ssd (or an .ssp archive
 * with SystemStructure.ssd and resources/*.fmu) into a {@link dev.drivetwin.cosimmaster.ssp.SystemStructure}, which
 * loads the FMUs and checks the connections against them. Parsing uses Jackson XML's StAX parser, like
 * model-descriptions; every error names the file, the line and the element.
 */
package dev.drivetwin.cosimmaster.ssp;
