package dev.drivetwin.modeldescriptions.xml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML into {@link XmlElement}s with the StAX parser of Jackson XML. Text content, comments and
 * processing instructions are dropped; DTDs and external entities are not resolved.
 */
final class XmlTree {

    private static final XMLInputFactory INPUT_FACTORY = createInputFactory();

    private XmlTree() {
    }

    private static XMLInputFactory createInputFactory() {
        XMLInputFactory factory = new XmlFactory().getXMLInputFactory();
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        return factory;
    }

    /**
     * @param in the document; not closed
     * @param source the file name for messages
     * @return the root element
     * @throws ModelDescriptionException MALFORMED_XML with line, column and the innermost open element
     */
    static XmlElement parse(InputStream in, String source) {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        XMLStreamReader reader = null;
        try {
            reader = INPUT_FACTORY.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    Location at = reader.getLocation();
                    XmlElement element = new XmlElement(source, open.peek(), reader.getLocalName(),
                            at.getLineNumber(), at.getColumnNumber(), attributes);
                    if (root == null) {
                        root = element;
                    }
                    open.push(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String inside = open.isEmpty() ? "the document" : open.peek().label();
            String detail = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ")
                    .replaceAll(" at \\[row,col[^]]*]: \\[\\d+,\\d+]", "");
            throw new ModelDescriptionException(ModelDescriptionError.MALFORMED_XML, e, source,
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), inside, detail);
        } finally {
            close(reader);
        }
        if (root == null) {
            throw new ModelDescriptionException(ModelDescriptionError.MALFORMED_XML, source, 1, 1, "the document",
                    "no root element");
        }
        return root;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // closing the parser frees no resource of ours; the stream belongs to the caller
            }
        }
    }
}
