package dev.drivetwin.fmubattery.parameters;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@link BatteryPreset}s from JSON. Unknown properties, missing properties and nulls for numbers are
 * errors; every error names the file and the field (e.g. {@code cell.capacity}). Thread-safe.
 */
public final class Presets {
    /** The presets shipped in this module's resources. */
    public static final List<String> BUILT_IN = List.of("Naumann2018Lfp220Ah", "SahaGoebel2007B0005");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private Presets() {
    }

    /**
     * The preset file at {@code fileOrName} if one exists there (a path, relative to the working directory of the
     * process that loads the FMU), else a built-in preset by that name: an engineer's own cell is a JSON file of the
     * built-in presets' form, no code.
     *
     * @throws BatteryException BAD_PRESET naming the file and the field, UNKNOWN_PRESET naming the built-in ones
     */
    public static BatteryPreset load(String fileOrName) {
        Path path = Path.of(fileOrName);
        return Files.isRegularFile(path) ? read(path) : builtIn(fileOrName);
    }

    /** A built-in preset by name, e.g. "Naumann2018Lfp220Ah". */
    public static BatteryPreset builtIn(String name) {
        String resource = "/dev/drivetwin/fmubattery/parameters/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BatteryException(BatteryError.UNKNOWN_PRESET, name, BUILT_IN);
            }
            return read(in, name + ".json");
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, resource, e.getMessage());
        }
    }

    /** Reads a preset file; its path labels messages. */
    public static BatteryPreset read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, file, e.getMessage());
        }
    }

    /** Reads a preset; {@code fileName} only labels messages. */
    public static BatteryPreset read(InputStream in, String fileName) {
        try {
            return MAPPER.readValue(in, BatteryPreset.class);
        } catch (JsonMappingException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BatteryException battery) {
                    throw new BatteryException(battery, BatteryError.BAD_PRESET, fileName, battery.getMessage());
                }
            }
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new BatteryException(e, BatteryError.BAD_PRESET, fileName,
                    "field '" + path + "': " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new BatteryException(e, BatteryError.BAD_PRESET, fileName, e.getOriginalMessage());
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, fileName, e.getMessage());
        }
    }
}
