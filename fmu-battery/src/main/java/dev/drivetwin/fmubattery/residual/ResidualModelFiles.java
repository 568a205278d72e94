package dev.drivetwin.fmubattery.residual;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@link ResidualModel}s as JSON. Unknown or missing properties are errors, and every error names
 * the file. Version 3 files are read as they are; version 2 files, written before the uncertainty was calibrated,
 * read with {@code uncertaintyScale} 1 (the bare ensemble spread, what they meant); other versions are refused. Doubles are written with Jackson's shortest round-trip form, so a written model reads back bit for bit.
 * Thread-safe.
 */
public final class ResidualModelFiles {
    /** Models shipped in this module's resources, under {@code dev/drivetwin/fmubattery/residual/}. */
    public static final List<String> BUILT_IN = List.of("SahaGoebel2007B0005Hybrid");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResidualModelFiles() {
    }

    /** A file path if one exists there, else a built-in model by name. */
    public static ResidualModel load(String fileOrName) {
        Path path = Path.of(fileOrName);
        return Files.isRegularFile(path) ? read(path) : builtIn(fileOrName);
    }

    public static ResidualModel builtIn(String name) {
        String resource = "/dev/drivetwin/fmubattery/residual/" + name + ".json";
        try (InputStream in = ResidualModelFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BatteryException(BatteryError.UNKNOWN_RESIDUAL_MODEL, name, BUILT_IN);
            }
            return read(in, name + ".json");
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, resource, e.getMessage());
        }
    }

    public static ResidualModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, file, e.getMessage());
        }
    }

    /** Reads a model; {@code fileName} only labels messages. */
    public static ResidualModel read(InputStream in, String fileName) {
        try {
            return MAPPER.treeToValue(upgraded(MAPPER.readTree(in), fileName), ResidualModel.class);
        } catch (JacksonException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BatteryException battery) {
                    throw new BatteryException(battery, BatteryError.BAD_RESIDUAL_MODEL, fileName,
                            battery.getMessage());
                }
            }
            throw new BatteryException(e, BatteryError.BAD_RESIDUAL_MODEL, fileName, e.getOriginalMessage());
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, fileName, e.getMessage());
        }
    }

    /** The file's content as a current-version tree; the version is checked first so that no field is misread. */
    private static JsonNode upgraded(JsonNode tree, String fileName) {
        if (!(tree instanceof ObjectNode object)) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, fileName, "not a JSON object");
        }
        JsonNode version = object.get("version");
        if (version != null && version.isInt() && version.intValue() == 2 && !object.has("uncertaintyScale")) {
            object.put("version", ResidualModel.VERSION);
            object.put("uncertaintyScale", 1.0);
        } else if (version == null || !version.isInt() || version.intValue() != ResidualModel.VERSION) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, fileName, "version " + version
                    + " is not supported; this reader reads versions 2 and " + ResidualModel.VERSION);
        }
        return object;
    }

    public static void write(ResidualModel model, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), model);
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, file, e.getMessage());
        }
    }
}
