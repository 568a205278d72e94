/**
 * Reading and writing {@code modelDescription.xml} (FMI 2.0, Co-Simulation).
 *
 * <p>{@link dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader} parses with the StAX parser
 * that Jackson XML is built on (Woodstox, obtained from {@code XmlFactory}) into a small element tree
 * that remembers line and column of every element, then maps the tree to the records of {@code
 * model}. Unknown elements and attributes (vendor extensions, Model Exchange) are skipped; malformed
 * XML, missing required attributes and unparsable values raise {@link
 * dev.drivetwin.modeldescriptions.ModelDescriptionException} with file, line, element and the
 * expected value. The reader does not apply the FMI rules; see {@code rules}.
 *
 * <p>{@link dev.drivetwin.modeldescriptions.xml.XmlTree}, the parser settings and the tree building, is public so
 * that cosim-master reads SSP files the same way, with its own element type and exception.
 *
 * <p>{@link dev.drivetwin.modeldescriptions.xml.ModelDescriptionWriter} writes UTF-8 with an XML
 * declaration, in the schema's element order, omitting absent attributes. Doubles are written with
 * {@link java.lang.Double#toString(double)}, which reads back bit-identical.
 *
 * <p>Both classes are stateless and thread-safe.
 */
package dev.drivetwin.modeldescriptions.xml;
