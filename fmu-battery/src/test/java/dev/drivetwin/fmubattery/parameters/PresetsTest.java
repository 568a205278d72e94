package dev.drivetwin.fmubattery.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {

    private static BatteryException readBroken(String json) {
        return assertThrows(BatteryException.class, () -> Presets.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json"));
    }

    @Test
    void builtInPresetsLoad() {
        for (String name : Presets.BUILT_IN) {
            BatteryPreset preset = Presets.builtIn(name);
            assertTrue(preset.cell().capacity() > 0, name);
        }
        assertEquals(104, Presets.builtIn("Naumann2018Lfp220Ah").pack().seriesCells());
        assertEquals(220 * 3600, Presets.builtIn("Naumann2018Lfp220Ah").cell().capacity(), 0.0);
    }

    @Test
    void negativeCapacityIsNamed() {
        String json = PresetFiles.text("SahaGoebel2007B0005").replaceFirst("\"capacity\": [0-9.]+",
                "\"capacity\": -1");
        BatteryException e = readBroken(json);
        assertEquals(BatteryError.BAD_PRESET, e.error());
        assertTrue(e.getMessage().contains("cell.capacity = -1"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        String json = PresetFiles.text("SahaGoebel2007B0005").replaceFirst("\"minimumVoltage\": [0-9.]+,", "");
        BatteryException e = readBroken(json);
        assertTrue(e.getMessage().contains("'cell'") || e.getMessage().contains("minimumVoltage"), e.getMessage());
        assertTrue(e.getMessage().contains("minimumVoltage"), e.getMessage());
    }

    @Test
    void socLimitOutsideZeroToOneIsNamed() {
        String json = PresetFiles.text("SahaGoebel2007B0005").replaceFirst("\"maximumSoc\": [0-9.]+",
                "\"maximumSoc\": 1.2");
        BatteryException e = readBroken(json);
        assertTrue(e.getMessage().contains("cell.maximumSoc = 1.2"), e.getMessage());
    }

    @Test
    void aPresetFileLoadsByItsPathAndItsErrorsNameTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("MyCell.json");
        Files.writeString(file, PresetFiles.withField("SahaGoebel2007B0005", "capacity", 9000));
        assertEquals(9000, Presets.load(file.toString()).cell().capacity(), 0.0);
        assertEquals(Presets.builtIn("SahaGoebel2007B0005").cell().capacity(),
                Presets.load("SahaGoebel2007B0005").cell().capacity(), 0.0, "a name that is no file: built-in");

        Files.writeString(file, PresetFiles.text("SahaGoebel2007B0005").replaceFirst("\"minimumVoltage\": [0-9.]+,",
                ""));
        BatteryException e = assertThrows(BatteryException.class, () -> Presets.load(file.toString()));
        assertEquals(BatteryError.BAD_PRESET, e.error());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("minimumVoltage"),
                e.getMessage());

        String missing = directory.resolve("NoSuchCell.json").toString();
        e = assertThrows(BatteryException.class, () -> Presets.load(missing));
        assertEquals(BatteryError.UNKNOWN_PRESET, e.error());
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("neither a preset file")
                && e.getMessage().contains("Naumann2018Lfp220Ah"), e.getMessage());
    }

    @Test
    void unknownPropertyAndUnknownPresetAreRefused() {
        String json = PresetFiles.text("SahaGoebel2007B0005").replaceFirst("\\{", "{\"colour\": \"red\",");
        assertTrue(readBroken(json).getMessage().contains("colour"));
        BatteryException e = assertThrows(BatteryException.class, () -> Presets.builtIn("Nope"));
        assertEquals(BatteryError.UNKNOWN_PRESET, e.error());
    }
}
