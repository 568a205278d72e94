package dev.drivetwin.modeldescriptions.xml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.XmlNamed;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indenting element writer over the StAX writer of Jackson XML. Attributes with a {@code null}
 * value are omitted; escaping is left to the StAX writer (Woodstox writes line breaks and tabs
 * in attribute values as character references, so they survive attribute-value normalization). Not thread-safe; one instance per document.
 */
final class XmlOutput {

    private static final XMLOutputFactory OUTPUT_FACTORY = createOutputFactory();
    /** Woodstox switch for {@code <?xml version="1.0" ...?>} instead of single quotes, as tools write it. */
    private static final String DOUBLE_QUOTED_DECLARATION = "com.ctc.wstx.useDoubleQuotesInXmlDecl";
    private static final String INDENT = "  ";

    private final XMLStreamWriter writer;
    private final Deque<OpenElement> open = new ArrayDeque<>();

    /** An element being written; label names it in messages, e.g. "ScalarVariable 'x'/Real". */
    private record OpenElement(String name, boolean hasChildren, String label) {
    }

    private static XMLOutputFactory createOutputFactory() {
        XMLOutputFactory factory = new XmlFactory().getXMLOutputFactory();
        if (factory.isPropertySupported(DOUBLE_QUOTED_DECLARATION)) {
            factory.setProperty(DOUBLE_QUOTED_DECLARATION, Boolean.TRUE);
        }
        return factory;
    }

    private XmlOutput(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Writes the XML declaration (UTF-8, version 1.0) and returns an output positioned after it. */
    static XmlOutput begin(OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = OUTPUT_FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return new XmlOutput(writer);
    }

    /**
     * Starts an element.
     *
     * @param name element name
     * @param hasChildren whether child elements will follow; if not it is written as an empty element
     */
    XmlOutput start(String name, boolean hasChildren) {
        try {
            newLine(open.size());
            if (hasChildren) {
                writer.writeStartElement(name);
            } else {
                writer.writeEmptyElement(name);
            }
            String label = open.isEmpty() || open.size() == 1 ? name : open.peek().label() + "/" + name;
            open.push(new OpenElement(name, hasChildren, label));
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Ends the innermost element started with {@link #start}. */
    XmlOutput end() {
        OpenElement element = open.pop();
        try {
            if (element.hasChildren()) {
                newLine(open.size());
                writer.writeEndElement();
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes a text attribute unless {@code value} is null. */
    XmlOutput attribute(String name, String value) {
        if (value != null) {
            if ("name".equals(name) && !open.isEmpty()) {
                OpenElement top = open.pop();
                open.push(new OpenElement(top.name(), top.hasChildren(), top.name() + " '" + value + "'"));
            }
            try {
                writer.writeAttribute(name, value);
            } catch (XMLStreamException e) {
                throw failure(e);
            }
        }
        return this;
    }

    /** Writes a finite double unless null; it reads back bit-identical. */
    XmlOutput attribute(String name, Double value) {
        if (value == null) {
            return this;
        }
        if (!Double.isFinite(value)) {
            throw new ModelDescriptionException(ModelDescriptionError.UNWRITABLE_VALUE, currentElement(), name, value,
                    "a finite number");
        }
        return attribute(name, Double.toString(value));
    }

    XmlOutput attribute(String name, Integer value) {
        return attribute(name, value == null ? null : value.toString());
    }

    XmlOutput attribute(String name, Long value) {
        return attribute(name, value == null ? null : value.toString());
    }

    XmlOutput attribute(String name, Boolean value) {
        return attribute(name, value == null ? null : value.toString());
    }

    XmlOutput attribute(String name, XmlNamed value) {
        return attribute(name, value == null ? null : value.xmlName());
    }

    /** Writes a whitespace-separated list unless null; an empty list is written as "". */
    XmlOutput attribute(String name, List<?> values) {
        if (values == null) {
            return this;
        }
        return attribute(name, values.stream()
                .map(v -> v instanceof XmlNamed named ? named.xmlName() : String.valueOf(v))
                .collect(Collectors.joining(" ")));
    }

    /** Ends the document and flushes; the underlying stream stays open. */
    void finish() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private String currentElement() {
        return open.isEmpty() ? "document" : open.peek().label();
    }

    private void newLine(int depth) throws XMLStreamException {
        writer.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static ModelDescriptionException failure(XMLStreamException e) {
        return new ModelDescriptionException(ModelDescriptionError.IO, e, "modelDescription.xml", "write XML",
                e.getMessage());
    }
}
