package dev.drivetwin.fmumotorinverter.drive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads drive presets: JSON files under {@code dev/drivetwin/fmumotorinverter/presets/} on the class path, named
 * {@code <name>.json}, or an engineer's own file of the same form. Unknown, missing or null fields fail, and a bad
 * value fails with the file, the line and the field. Thread-safe.
 */
public final class DrivePresets {
    /** The presets shipped with this module. */
    public static final List<String> NAMES = List.of("NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024",
            "VolkswagenId4Pro2024");
    private static final String FOLDER = "/dev/drivetwin/fmumotorinverter/presets/";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DrivePresets() {
    }

    /**
     * The preset file at {@code fileOrName} if one exists there (a path, relative to the working directory of the
     * process that loads the FMU), else the built-in preset of that name.
     */
    public static DrivePreset load(String fileOrName) {
        if (fileOrName != null && !fileOrName.isBlank() && Files.isRegularFile(Path.of(fileOrName))) {
            try (InputStream in = Files.newInputStream(Path.of(fileOrName))) {
                return read(in, fileOrName);
            } catch (IOException e) {
                throw new MotorInverterException(e, MotorInverterError.BAD_FILE, fileOrName, e.getMessage());
            }
        }
        return builtIn(fileOrName);
    }

    /** Loads the built-in preset {@code name} from the class path. */
    public static DrivePreset builtIn(String name) {
        String file = FOLDER + name + ".json";
        try (InputStream in = name == null || name.isBlank() ? null : DrivePresets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new MotorInverterException(MotorInverterError.UNKNOWN_PRESET, name, String.join(", ", NAMES));
            }
            DrivePreset preset = read(in, name + ".json");
            if (!preset.name().equals(name)) {
                throw new MotorInverterException(MotorInverterError.BAD_FILE, name + ".json",
                        "field name is '" + preset.name() + "', expected the file name '" + name + "'");
            }
            return preset;
        } catch (IOException e) {
            throw new MotorInverterException(e, MotorInverterError.BAD_FILE, file, e.getMessage());
        }
    }

    /** Reads a preset from a stream; {@code fileName} names it in error messages. */
    public static DrivePreset read(InputStream in, String fileName) {
        try {
            return MAPPER.readValue(in, DrivePreset.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? fileName
                    : fileName + " line " + e.getLocation().getLineNr();
            Throwable cause = e.getCause();
            String what = cause instanceof MotorInverterException m ? m.getMessage() : e.getOriginalMessage();
            throw new MotorInverterException(e, MotorInverterError.BAD_FILE, where, what);
        } catch (IOException e) {
            throw new MotorInverterException(e, MotorInverterError.BAD_FILE, fileName, e.getMessage());
        }
    }
}
