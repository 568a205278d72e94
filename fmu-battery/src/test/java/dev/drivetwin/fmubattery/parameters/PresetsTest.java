package dev.drivetwin.fmubattery.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PresetsTest {

    private static String builtInText(String name) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream(
                "/dev/drivetwin/fmubattery/parameters/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

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
    void negativeCapacityIsNamed() throws IOException {
        String json = builtInText("SahaGoebel2007B0005").replaceFirst("\"capacity\": [0-9.]+", "\"capacity\": -1");
        BatteryException e = readBroken(json);
        assertEquals(BatteryError.BAD_PRESET, e.error());
        assertTrue(e.getMessage().contains("cell.capacity = -1"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        String json = builtInText("SahaGoebel2007B0005").replaceFirst("\"minimumVoltage\": [0-9.]+,", "");
        BatteryException e = readBroken(json);
        assertTrue(e.getMessage().contains("'cell'") || e.getMessage().contains("minimumVoltage"), e.getMessage());
        assertTrue(e.getMessage().contains("minimumVoltage"), e.getMessage());
    }

    @Test
    void socLimitOutsideZeroToOneIsNamed() throws IOException {
        String json = builtInText("SahaGoebel2007B0005").replaceFirst("\"maximumSoc\": [0-9.]+", "\"maximumSoc\": 1.2");
        BatteryException e = readBroken(json);
        assertTrue(e.getMessage().contains("cell.maximumSoc = 1.2"), e.getMessage());
    }

    @Test
    void unknownPropertyAndUnknownPresetAreRefused() throws IOException {
        String json = builtInText("SahaGoebel2007B0005").replaceFirst("\\{", "{\"colour\": \"red\",");
        assertTrue(readBroken(json).getMessage().contains("colour"));
        BatteryException e = assertThrows(BatteryException.class, () -> Presets.builtIn("Nope"));
        assertEquals(BatteryError.UNKNOWN_PRESET, e.error());
    }
}
