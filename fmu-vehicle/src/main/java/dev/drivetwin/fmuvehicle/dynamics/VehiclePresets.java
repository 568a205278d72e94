package dev.drivetwin.fmuvehicle.dynamics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Vehicle presets: JSON files under {@code dev/drivetwin/fmuvehicle/presets/<name>.json} read into
 * {@link VehicleParameters}. Unknown and missing properties fail, as does any value the record rejects (a null
 * number fails; {@code "coastdown": null} is how a preset says it has no measured road load); messages
 * name the file and, for JSON errors, the line. Thread-safe.
 */
public final class VehiclePresets {
    /** The presets shipped with the module. */
    public static final List<String> NAMES = List.of("TeslaModel3Rwd2024", "KiaEv3LongRange2024",
            "VolkswagenId4Pro2024");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private VehiclePresets() {
    }

    /**
     * The preset file at {@code fileOrName} if one exists there (a path, relative to the working directory of the
     * process that loads the FMU), else the shipped preset of that name.
     */
    public static VehicleParameters load(String fileOrName) {
        if (fileOrName != null && !fileOrName.isBlank() && Files.isRegularFile(Path.of(fileOrName))) {
            return read(Path.of(fileOrName));
        }
        return named(fileOrName);
    }

    /** The shipped preset of this name. */
    public static VehicleParameters named(String name) {
        if (name == null || !NAMES.contains(name.strip())) {
            throw new VehicleException(VehicleError.UNKNOWN_PRESET, name, NAMES);
        }
        String path = "/dev/drivetwin/fmuvehicle/presets/" + name.strip() + ".json";
        try (InputStream in = VehiclePresets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new VehicleException(VehicleError.BAD_FILE, path, "resource missing from the class path");
            }
            return read(path, in);
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, path, e.toString());
        }
    }

    /** A preset file of the user's. */
    public static VehicleParameters read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, file, e.toString());
        }
    }

    /** A preset read from {@code in}; {@code fileName} names it in messages. */
    public static VehicleParameters read(String fileName, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, fileName, e.toString());
        }
        try {
            return MAPPER.readValue(bytes, VehicleParameters.class);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof VehicleException invalid) {
                throw new VehicleException(invalid, VehicleError.BAD_FILE, fileName, invalid.getMessage());
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty() ? mapping.getPath().get(mapping.getPath().size() - 1)
                    .getFieldName() : "(syntax)";
            // Record properties are buffered, so Jackson reports the end of the object; use the field's own line.
            Integer fieldLine = topLevelFieldLines(bytes).get(field);
            if (fieldLine != null) {
                line = fieldLine;
            }
            throw new VehicleException(e, VehicleError.MALFORMED_FILE, fileName, line, field, e.getOriginalMessage());
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, fileName, e.toString());
        }
    }

    /** Line of each field of the top-level object; empty if the text is not such an object. */
    private static java.util.Map<String, Integer> topLevelFieldLines(byte[] bytes) {
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        try (com.fasterxml.jackson.core.JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            int depth = 0;
            for (com.fasterxml.jackson.core.JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth == 1) {
                    lines.putIfAbsent(parser.currentName(), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // a syntax error: Jackson's own location is then the right one
        }
        return lines;
    }
}
