package dev.drivetwin.fmubattery.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/** Texts of preset files for tests: a built-in preset's JSON, and the same with one number changed. */
public final class PresetFiles {
    private PresetFiles() {
    }

    /** The JSON of built-in preset {@code name}. */
    public static String text(String name) {
        try (InputStream in = Presets.class.getResourceAsStream(
                "/dev/drivetwin/fmubattery/parameters/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of built-in preset {@code name} with the first number field called {@code field} set to value. */
    public static String withField(String name, String field, double value) {
        String original = text(name);
        String changed = original.replaceFirst("\"" + field + "\": -?[0-9.eE+-]+",
                Matcher.quoteReplacement("\"" + field + "\": " + value));
        if (changed.equals(original)) {
            throw new IllegalArgumentException(name + " has no number field " + field);
        }
        return changed;
    }
}
