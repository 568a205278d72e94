package dev.drivetwin.modeldescriptions.xml;

import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.BooleanType;
import dev.drivetwin.modeldescriptions.model.EnumerationType;
import dev.drivetwin.modeldescriptions.model.IntegerType;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.StringType;
import dev.drivetwin.modeldescriptions.model.VariableType;

import java.util.Optional;

/**
 * Maps the type element ({@code <Real>}, {@code <Integer>}, {@code <Boolean>}, {@code <String>},
 * {@code <Enumeration>}) of a ScalarVariable or SimpleType to and from {@link VariableType}.
 * Attributes are written in the order of the FMI 2.0 schema.
 */
final class VariableTypeXml {

    private VariableTypeXml() {
    }

    /**
     * @param parent a ScalarVariable or SimpleType element
     * @return its type, if it has a type child
     */
    static Optional<VariableType> read(XmlElement parent) {
        for (XmlElement child : parent.children()) {
            for (BaseType baseType : BaseType.values()) {
                if (baseType.elementName().equals(child.name())) {
                    return Optional.of(read(baseType, child));
                }
            }
        }
        return Optional.empty();
    }

    private static VariableType read(BaseType baseType, XmlElement e) {
        switch (baseType) {
            case REAL:
                return new RealType(e.text("declaredType"), e.text("quantity"), e.text("unit"), e.text("displayUnit"),
                        e.optionalBoolean("relativeQuantity"), e.optionalDouble("min"), e.optionalDouble("max"),
                        e.optionalDouble("nominal"), e.optionalBoolean("unbounded"), e.optionalDouble("start"),
                        e.optionalInt("derivative"), e.optionalBoolean("reinit"));
            case INTEGER:
                return new IntegerType(e.text("declaredType"), e.text("quantity"), e.optionalInt("min"),
                        e.optionalInt("max"), e.optionalInt("start"));
            case BOOLEAN:
                return new BooleanType(e.text("declaredType"), e.optionalBoolean("start"));
            case STRING:
                return new StringType(e.text("declaredType"), e.text("start"));
            default:
                return new EnumerationType(e.text("declaredType"), e.text("quantity"), e.optionalInt("min"),
                        e.optionalInt("max"), e.optionalInt("start"));
        }
    }

    /**
     * Writes the attributes of {@code type}; the caller has started the element named
     * {@code type.baseType().elementName()}.
     *
     * @param out the output
     * @param type the type
     */
    static void writeAttributes(XmlOutput out, VariableType type) {
        out.attribute("declaredType", type.declaredType());
        if (type instanceof RealType r) {
            out.attribute("quantity", r.quantity());
            out.attribute("unit", r.unit());
            out.attribute("displayUnit", r.displayUnit());
            out.attribute("relativeQuantity", r.relativeQuantity());
            out.attribute("min", r.min());
            out.attribute("max", r.max());
            out.attribute("nominal", r.nominal());
            out.attribute("unbounded", r.unbounded());
            out.attribute("start", r.start());
            out.attribute("derivative", r.derivative());
            out.attribute("reinit", r.reinit());
        } else if (type instanceof IntegerType i) {
            out.attribute("quantity", i.quantity());
            out.attribute("min", i.min());
            out.attribute("max", i.max());
            out.attribute("start", i.start());
        } else if (type instanceof EnumerationType en) {
            out.attribute("quantity", en.quantity());
            out.attribute("min", en.min());
            out.attribute("max", en.max());
            out.attribute("start", en.start());
        } else if (type instanceof BooleanType b) {
            out.attribute("start", b.start());
        } else if (type instanceof StringType s) {
            out.attribute("start", s.start());
        }
    }
}
