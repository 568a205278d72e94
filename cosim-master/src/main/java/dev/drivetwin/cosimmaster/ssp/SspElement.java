package dev.drivetwin.cosimmaster.ssp;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.modeldescriptions.xml.XmlTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * One element of an SSP file (.ssd or .ssv) with its attributes, children and line, parsed by model-descriptions'
 * {@link XmlTree} as modelDescription.xml is: DTDs and external entities are not resolved, text is dropped. Names
 * are local names (the ssd:/ssc:/ssv: prefixes are not compared). Every failure names the file, the line and the
 * element.
 */
final class SspElement {
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

    /** @throws MasterException naming the file, line and innermost open element when the XML is malformed */
    static SspElement parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return XmlTree.parse(in, new Builder(file));
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot read: " + e);
        }
    }

    /** Builds the tree of one file and words malformed XML as {@link MasterError#BAD_SSP}. */
    private record Builder(Path file) implements XmlTree.Builder<SspElement> {
        @Override
        public SspElement element(SspElement parent, String name, int line, int column,
                Map<String, String> attributes) {
            SspElement element = new SspElement(file, name, line, attributes);
            if (parent != null) {
                parent.children.add(element);
            }
            return element;
        }

        @Override
        public MasterException malformed(SspElement inside, int line, int column, String detail,
                XMLStreamException cause) {
            String where = inside == null ? "the document" : "<" + inside.name + ">";
            if (cause == null) {
                return new MasterException(MasterError.BAD_SSP, file, String.valueOf(line), where, detail);
            }
            return new MasterException(cause, MasterError.BAD_SSP, file, line < 0 ? "?" : String.valueOf(line),
                    where, "malformed XML: " + detail);
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
