package dev.drivetwin.cosimmaster.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.Connector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variants of a parameter sweep: each one a set of parameter values {@code component.parameter = value}
 * applied on top of the system file's own. Read from CSV (a header of {@code component.parameter} names, one row
 * per variant) or JSON (an array of objects with such keys and number, boolean or string values). Immutable.
 */
public record SweepTable(List<Map<Connector, String>> variants) {

    public SweepTable {
        List<Map<Connector, String>> copy = new ArrayList<>();
        variants.forEach(v -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        variants = List.copyOf(copy);
    }

    /** @throws MasterException naming the file and the line or entry when it is not a sweep table */
    public static SweepTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MasterException(MasterError.IO, file, "no such file");
        }
        SweepTable table = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json(file)
                : csv(file);
        if (table.variants().isEmpty()) {
            throw new MasterException(MasterError.BAD_SYSTEM, file, "the sweep has no variants");
        }
        return table;
    }

    private static SweepTable csv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot read: " + e);
        }
        if (lines.isEmpty()) {
            throw new MasterException(MasterError.BAD_SYSTEM, file, "line 1: expected a header of"
                    + " component.parameter names");
        }
        List<Connector> names = new ArrayList<>();
        for (String name : lines.get(0).split(",", -1)) {
            names.add(connector(file, "line 1", name.strip()));
        }
        List<Map<Connector, String>> variants = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != names.size()) {
                throw new MasterException(MasterError.BAD_SYSTEM, file, "line " + (i + 1) + ": " + cells.length
                        + " values for " + names.size() + " parameters");
            }
            Map<Connector, String> variant = new LinkedHashMap<>();
            for (int j = 0; j < cells.length; j++) {
                variant.put(names.get(j), cells[j].strip());
            }
            variants.add(variant);
        }
        return new SweepTable(variants);
    }

    private static SweepTable json(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new MasterException(e, MasterError.BAD_SYSTEM, file, "not JSON: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MasterException(MasterError.BAD_SYSTEM, file, "expected an array of objects, one per variant");
        }
        List<Map<Connector, String>> variants = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode entry = root.get(i);
            String where = "entry " + i;
            if (!entry.isObject()) {
                throw new MasterException(MasterError.BAD_SYSTEM, file, where + ": expected an object");
            }
            Map<Connector, String> variant = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = entry.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isValueNode()) {
                    throw new MasterException(MasterError.BAD_SYSTEM, file, where + ": '" + field.getKey()
                            + "' must be a number, boolean or string");
                }
                variant.put(connector(file, where, field.getKey()), field.getValue().asText());
            }
            variants.add(variant);
        }
        return new SweepTable(variants);
    }

    private static Connector connector(Path file, String where, String name) {
        try {
            return ConnectionSource.parse(name);
        } catch (IllegalArgumentException e) {
            throw new MasterException(MasterError.BAD_SYSTEM, file, where + ": " + e.getMessage());
        }
    }

    /** One variant's values grouped by component: component -> (parameter -> value). */
    public static Map<String, Map<String, String>> byComponent(Map<Connector, String> variant) {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        variant.forEach((connector, value) -> grouped.computeIfAbsent(connector.component(),
                k -> new LinkedHashMap<>()).put(connector.variable(), value));
        return grouped;
    }
}
