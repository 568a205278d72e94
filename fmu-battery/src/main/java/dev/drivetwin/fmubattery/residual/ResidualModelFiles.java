package dev.drivetwin.fmubattery.residual;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@link ResidualModel}s as JSON. Unknown or missing properties are errors, and every error names
 * the file. Doubles are written with Jackson's shortest round-trip form, so a written model reads back bit for bit.
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
            return MAPPER.readValue(in, ResidualModel.class);
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

    public static void write(ResidualModel model, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), model);
        } catch (IOException e) {
            throw new BatteryException(e, BatteryError.IO, file, e.getMessage());
        }
    }
}
