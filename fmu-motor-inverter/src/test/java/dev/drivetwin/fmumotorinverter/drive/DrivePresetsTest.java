package dev.drivetwin.fmumotorinverter.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.MotorInverterException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrivePresetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void everyNumberOfEveryPresetCitesItsSource(String name) {
        DrivePreset preset = DrivePresets.load(name);
        List<String> missing = new ArrayList<>();
        for (RecordComponent group : DrivePreset.class.getRecordComponents()) {
            Class<?> type = group.getType();
            if (type.isRecord() && group.getName().matches("machine|inverter|thermal")) {
                for (RecordComponent field : type.getRecordComponents()) {
                    String key = group.getName() + "." + field.getName();
                    if (!preset.sources().containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        if (!preset.sources().containsKey("nominalDcVoltage")) {
            missing.add("nominalDcVoltage");
        }
        assertEquals(List.of(), missing, name + ": numbers without a source");
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> DrivePresets.load("Zoe2012"));
        assertTrue(e.getMessage().contains("Zoe2012") && e.getMessage().contains("NissanLeaf2011"), e.getMessage());
    }

    @Test
    void aPresetFileLoadsByItsPathAndItsErrorsNameTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("MyDrive.json");
        Files.writeString(file, leaf().replace("\"statorResistance\": 0.018", "\"statorResistance\": 0.02"));
        assertEquals(0.02, DrivePresets.load(file.toString()).machine().statorResistance(), 0.0);

        Files.writeString(file, leaf().replace("\"statorResistance\": 0.018", "\"statorResistance\": -0.02"));
        MotorInverterException e = assertThrows(MotorInverterException.class,
                () -> DrivePresets.load(file.toString()));
        assertTrue(e.getMessage().contains(file + " line ") && e.getMessage().contains("machine.statorResistance"),
                e.getMessage());

        String missing = directory.resolve("NoSuchDrive.json").toString();
        e = assertThrows(MotorInverterException.class, () -> DrivePresets.load(missing));
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("neither a preset file")
                && e.getMessage().contains("NissanLeaf2011"), e.getMessage());
    }

    @Test
    void badValueIsReportedWithFileLineAndField() throws IOException {
        String json = leaf().replace("\"statorResistance\": 0.018", "\"statorResistance\": -0.018");
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> read(json));
        assertTrue(e.getMessage().contains("Bad.json line "), e.getMessage());
        assertTrue(e.getMessage().contains("machine.statorResistance") && e.getMessage().contains("-0.018"),
                e.getMessage());
    }

    @Test
    void unknownFieldIsRefusedByName() throws IOException {
        String json = leaf().replace("\"polePairs\": 4", "\"polePairs\": 4, \"poles\": 8");
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> read(json));
        assertTrue(e.getMessage().contains("\"poles\""), e.getMessage());
    }

    @Test
    void missingFieldIsRefusedByName() throws IOException {
        String json = leaf().replace("\"maxCurrent\": 390.0,", "");
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> read(json));
        assertTrue(e.getMessage().contains("maxCurrent"), e.getMessage());
    }

    private static DrivePreset read(String json) {
        return DrivePresets.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "Bad.json");
    }

    private static String leaf() throws IOException {
        try (InputStream in = DrivePresets.class.getResourceAsStream(
                "/dev/drivetwin/fmumotorinverter/presets/NissanLeaf2011.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
