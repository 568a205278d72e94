package dev.drivetwin.cosimmaster.ssp;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuArchive;
import dev.drivetwin.cosimmaster.system.Connector;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.LinearTransformation;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads SSP 1.0 system structures: an .ssd file, or an .ssp archive holding SystemStructure.ssd and its FMUs under
 * resources/. Supported: one ssd:System of ssd:Component elements (FMU source, ssd:Connectors with kind and ssc
 * type and unit, ssd:ParameterBindings with an inline ssv:ParameterSet or an external .ssv file), ssd:Connections
 * with ssc:LinearTransformation, ssd:Units and ssd:DefaultExperiment, and on a component drivetwin's own
 * annotation {@value #HOSTING_ANNOTATION}. Any other element is logged as a warning and skipped (other annotations
 * quietly). Errors name the file, the line, the element and what was expected. Stateless.
 */
public final class SspLoader {
    private static final Logger LOG = LoggerFactory.getLogger(SspLoader.class);
    private static final Set<String> QUIET = Set.of("Annotations", "Annotation");
    /** The ssc:Annotation type of drivetwin's per-component settings. */
    public static final String HOSTING_ANNOTATION = "dev.drivetwin.hosting";

    private SspLoader() {
    }

    /** @throws MasterException naming the file (and line and element) when it cannot be read as SSP 1.0 */
    public static SystemStructure load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MasterException(MasterError.IO, file, "no such file");
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ssp")) {
            FmuArchive archive = FmuArchive.extract(file);
            try {
                Path ssd = archive.directory().resolve("SystemStructure.ssd");
                if (!Files.isRegularFile(ssd)) {
                    throw new MasterException(MasterError.BAD_SYSTEM, file, "the archive has no SystemStructure.ssd");
                }
                return read(ssd, file, archive);
            } catch (RuntimeException e) {
                archive.close();
                throw e;
            }
        }
        return read(file, file, null);
    }

    private static SystemStructure read(Path ssd, Path shownAs, FmuArchive archive) {
        SspElement root = SspElement.parse(ssd);
        expect(root, "SystemStructureDescription");
        Map<String, BaseUnit> units = new HashMap<>();
        List<SspComponent> components = new ArrayList<>();
        List<ConnectionSource> connections = new ArrayList<>();
        Double start = null;
        Double stop = null;
        SspElement system = null;
        for (SspElement child : root.children()) {
            switch (child.name()) {
                case "System" -> system = child;
                case "Units" -> units.putAll(units(child));
                case "DefaultExperiment" -> {
                    start = child.text("startTime") == null ? null : child.number("startTime", 0);
                    stop = child.text("stopTime") == null ? null : child.number("stopTime", 0);
                }
                default -> skip(child);
            }
        }
        if (system == null) {
            throw root.bad("expected an <ssd:System> element");
        }
        for (SspElement child : system.children()) {
            switch (child.name()) {
                case "Elements" -> components.addAll(components(child, ssd.getParent()));
                case "Connections" -> connections.addAll(connections(child, components, shownAs));
                default -> skip(child);
            }
        }
        if (start != null && stop != null && !(stop > start)) {
            throw root.bad("DefaultExperiment stopTime " + stop + " must be after startTime " + start);
        }
        return new SystemStructure(shownAs, root.text("name") != null ? root.text("name") : shownAs.toString(),
                components, connections, units, start, stop, archive);
    }

    private static void expect(SspElement element, String name) {
        if (!element.name().equals(name)) {
            throw element.bad("expected <" + name + ">");
        }
    }

    private static void skip(SspElement element) {
        if (QUIET.contains(element.name())) {
            LOG.debug("{} line {}: {} skipped", element.file(), element.line(), element.label());
        } else {
            LOG.warn("{} line {}: {} is not supported by drivetwin and is ignored", element.file(), element.line(),
                    element.label());
        }
    }

    private static List<SspComponent> components(SspElement elements, Path folder) {
        List<SspComponent> components = new ArrayList<>();
        for (SspElement element : elements.children()) {
            if (!element.name().equals("Component")) {
                skip(element);
                continue;
            }
            String type = element.text("type");
            if (type != null && !type.equals("application/x-fmu-sharedlibrary")) {
                throw element.bad("type '" + type + "': only FMUs (application/x-fmu-sharedlibrary) are supported");
            }
            String name = element.required("name");
            Path fmu = resolve(folder, element.required("source"), element);
            Map<String, SspConnector> connectors = new LinkedHashMap<>();
            Map<String, String> parameters = new LinkedHashMap<>();
            boolean outOfProcess = false;
            for (SspElement child : element.children()) {
                switch (child.name()) {
                    case "Connectors" -> child.children().forEach(c -> {
                        SspConnector connector = connector(c);
                        connectors.put(connector.name(), connector);
                    });
                    case "ParameterBindings" -> child.children().forEach(b -> parameters.putAll(
                            ParameterSets.binding(b, folder)));
                    case "Annotations" -> outOfProcess = outOfProcess || outOfProcess(child);
                    default -> skip(child);
                }
            }
            if (components.stream().anyMatch(c -> c.name().equals(name))) {
                throw element.bad("a component named '" + name + "' is already declared");
            }
            components.add(new SspComponent(name, fmu, connectors, parameters, element.line(), outOfProcess));
        }
        return components;
    }

    /**
     * SSP leaves tool-specific settings to ssc:Annotation elements of a declared type; ours is
     * {@value #HOSTING_ANNOTATION}, holding {@code <Hosting where="out-of-process"/>} (or {@code in-process}), so that
     * a system file can ask for a component that may crash or hang to run in a child process. Other tools skip it.
     */
    private static boolean outOfProcess(SspElement annotations) {
        boolean outOfProcess = false;
        for (SspElement annotation : annotations.children()) {
            if (!HOSTING_ANNOTATION.equals(annotation.text("type"))) {
                skip(annotation);
                continue;
            }
            for (SspElement hosting : annotation.children()) {
                String where = hosting.name().equals("Hosting") ? hosting.required("where") : null;
                if (!"out-of-process".equals(where) && !"in-process".equals(where)) {
                    throw hosting.bad("expected <Hosting where=\"out-of-process\"/> or where=\"in-process\"");
                }
                outOfProcess = where.equals("out-of-process");
            }
        }
        return outOfProcess;
    }

    /** A source relative to the .ssd's folder (or a file: URI); must exist. */
    static Path resolve(Path folder, String source, SspElement element) {
        Path path;
        try {
            path = source.startsWith("file:") ? Path.of(URI.create(source)) : folder.resolve(source);
        } catch (RuntimeException e) {
            throw element.bad("source '" + source + "' is not a file path or file: URI");
        }
        if (!Files.isRegularFile(path)) {
            throw element.bad("source '" + source + "' does not exist (looked for " + path.normalize() + ")");
        }
        return path.normalize();
    }

    private static SspConnector connector(SspElement element) {
        if (!element.name().equals("Connector")) {
            throw element.bad("expected <ssd:Connector>");
        }
        String kind = element.required("kind");
        if (!Set.of("input", "output", "parameter", "calculatedParameter", "inout").contains(kind)) {
            throw element.bad("kind '" + kind + "' is not one of input, output, parameter, calculatedParameter,"
                    + " inout");
        }
        String type = null;
        String unit = null;
        for (SspElement child : element.children()) {
            switch (child.name()) {
                case "Real", "Integer", "Boolean", "String", "Enumeration" -> {
                    type = child.name();
                    unit = child.text("unit");
                }
                default -> skip(child);
            }
        }
        return new SspConnector(element.required("name"), kind, type, unit, element.line());
    }

    private static List<ConnectionSource> connections(SspElement connections, List<SspComponent> components,
            Path file) {
        List<ConnectionSource> result = new ArrayList<>();
        for (SspElement element : connections.children()) {
            if (!element.name().equals("Connection")) {
                skip(element);
                continue;
            }
            String startElement = element.text("startElement");
            String endElement = element.text("endElement");
            if (startElement == null || endElement == null) {
                throw element.bad("connections to the system's own connectors are not supported; give"
                        + " startElement and endElement");
            }
            Connector source = new Connector(startElement, element.required("startConnector"));
            Connector target = new Connector(endElement, element.required("endConnector"));
            LinearTransformation transformation = LinearTransformation.IDENTITY;
            for (SspElement child : element.children()) {
                if (child.name().equals("LinearTransformation")) {
                    transformation = new LinearTransformation(child.number("factor", 1), child.number("offset", 0));
                } else {
                    skip(child);
                }
            }
            result.add(new ConnectionSource(source, target, transformation, unit(components, source),
                    unit(components, target), file + " line " + element.line()));
        }
        return result;
    }

    /** The unit the ssd gives a connector, or null. */
    private static String unit(List<SspComponent> components, Connector connector) {
        return components.stream().filter(c -> c.name().equals(connector.component())).findFirst()
                .map(c -> c.connectors().get(connector.variable())).map(SspConnector::unit).orElse(null);
    }

    private static Map<String, BaseUnit> units(SspElement unitsElement) {
        Map<String, BaseUnit> units = new HashMap<>();
        for (SspElement unit : unitsElement.children()) {
            if (!unit.name().equals("Unit")) {
                skip(unit);
                continue;
            }
            SspElement base = unit.child("BaseUnit").orElseThrow(() -> unit.bad("expected an <ssc:BaseUnit> child"));
            units.put(unit.required("name"), new BaseUnit(base.integer("kg", 0), base.integer("m", 0),
                    base.integer("s", 0), base.integer("A", 0), base.integer("K", 0), base.integer("mol", 0),
                    base.integer("cd", 0), base.integer("rad", 0), base.number("factor", 1), base.number("offset", 0)));
        }
        return units;
    }
}
