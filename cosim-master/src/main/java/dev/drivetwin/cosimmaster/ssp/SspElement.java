package dev.drivetwin.cosimmaster.ssp;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of an SSP file (.ssd or .ssv) with its attributes, children and line, read with the StAX parser of
 * Jackson XML as model-descriptions reads modelDescription.xml: DTDs and external entities are not resolved, text
 * is dropped. Names are local names (the ssd:/ssc:/ssv: prefixes are not compared). Every failure names the file,
 * the line and the element.
 */
final class SspElement {
    private static final XMLInputFactory INPUT_FACTORY = createInputFactory();

    private final Path file;
    private final String name;
    private final int line;
    private final Map<String, String> attributes;
    private final List<SspElement> children = new ArrayList<>();

    private SspElement(Path file, String name, int line, Map<String, String> attributes) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.attributes = attributes;
    }

    private static XMLInputFactory createInputFactory() {
        XMLInputFactory factory = new XmlFactory().getXMLInputFactory();
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        return factory;
    }

    /** @throws MasterException naming the file, line and innermost open element when the XML is malformed */
    static SspElement parse(Path file) {
        Deque<SspElement> open = new ArrayDeque<>();
        SspElement root = null;
        XMLStreamReader reader = null;
        try (InputStream in = Files.newInputStream(file)) {
            reader = INPUT_FACTORY.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    SspElement element = new SspElement(file, reader.getLocalName(),
                            reader.getLocation().getLineNumber(), attributes);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
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
            throw new MasterException(e, MasterError.BAD_SSP, file, at == null ? "?" : String.valueOf(at.getLineNumber()),
                    open.isEmpty() ? "the document" : "<" + open.peek().name + ">", "malformed XML: " + detail);
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot read: " + e);
        } finally {
            close(reader);
        }
        if (root == null) {
            throw new MasterException(MasterError.BAD_SSP, file, "1", "the document", "no root element");
        }
        return root;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing of ours to free: the stream is closed by try-with-resources
            }
        }
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    Path file() {
        return file;
    }

    List<SspElement> children() {
        return List.copyOf(children);
    }

    Optional<SspElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    String text(String attribute) {
        return attributes.get(attribute);
    }

    String required(String attribute) {
        String value = attributes.get(attribute);
        if (value == null || value.isBlank()) {
            throw bad("attribute '" + attribute + "' is required");
        }
        return value;
    }

    /** An xs:double attribute, or {@code absent} when it is not there. */
    double number(String attribute, double absent) {
        String value = attributes.get(attribute);
        if (value == null) {
            return absent;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the element and the attribute
        }
        throw bad("attribute " + attribute + "='" + value + "' is not a finite number");
    }

    int integer(String attribute, int absent) {
        String value = attributes.get(attribute);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw bad("attribute " + attribute + "='" + value + "' is not an integer");
        }
    }

    /** An error at this element: file, line, element (with its name attribute) and what was expected. */
    MasterException bad(String what) {
        return new MasterException(MasterError.BAD_SSP, file, String.valueOf(line), label(), what);
    }

    String label() {
        String ownName = attributes.get("name");
        return "<" + name + (ownName == null ? "" : " name=\"" + ownName + "\"") + ">";
    }
}
