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
 * Parses XML into a tree of elements with the StAX parser of Jackson XML. Names are local names (prefixes are not
 * compared); text content, comments and processing instructions are dropped; DTDs and external entities are not
 * resolved. The caller's {@link Builder} makes the elements and words the failures, so that modelDescription.xml
 * ({@link XmlElement}) and the SSP files of cosim-master share these parser settings while each keeps its own
 * attribute rules and exception. Stateless and thread-safe.
 */
public final class XmlTree {

    /**
     * Makes the caller's elements as the parser meets their start tags, and the exception for a document that
     * cannot be read as a tree.
     *
     * @param <E> the caller's element type
     */
    public interface Builder<E> {
        /**
         * @param parent the enclosing element, which the new one is to be a child of; {@code null} for the root
         * @param attributes by local name, in document order; the builder may keep the map
         * @return the new element
         */
        E element(E parent, String name, int line, int column, Map<String, String> attributes);

        /**
         * @param inside the innermost element open where the parser stopped, {@code null} outside the root
         * @param line the parser's position, -1 when it gives none (likewise column)
         * @param detail the parser's message without its own position, or "no root element"
         * @param cause the parser's exception; {@code null} when the document is well-formed but has no root
         * @return the exception {@link #parse} throws
         */
        RuntimeException malformed(E inside, int line, int column, String detail, XMLStreamException cause);
    }

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
        return parse(in, new Builder<XmlElement>() {
            @Override
            public XmlElement element(XmlElement parent, String name, int line, int column,
                    Map<String, String> attributes) {
                return new XmlElement(source, parent, name, line, column, attributes);
            }

            @Override
            public RuntimeException malformed(XmlElement inside, int line, int column, String detail,
                    XMLStreamException cause) {
                return new ModelDescriptionException(ModelDescriptionError.MALFORMED_XML, cause, source, line, column,
                        inside == null ? "the document" : inside.label(), detail);
            }
        });
    }

    /**
     * @param in the document; not closed
     * @return the root element
     * @throws RuntimeException the builder's {@link Builder#malformed} when the document is not well-formed XML or
     *     has no root element
     */
    public static <E> E parse(InputStream in, Builder<E> builder) {
        Deque<E> open = new ArrayDeque<>();
        E root = null;
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
                    E element = builder.element(open.peek(), reader.getLocalName(), at.getLineNumber(),
                            at.getColumnNumber(), attributes);
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
            String detail = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ")
                    .replaceAll(" at \\[row,col[^]]*]: \\[\\d+,\\d+]", "");
            throw builder.malformed(open.peek(), at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), detail, e);
        } finally {
            close(reader);
        }
        if (root == null) {
            throw builder.malformed(null, 1, 1, "no root element", null);
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
