package dev.drivetwin.fmuvehicle.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VehiclePresetsTest {
    static final java.util.List<String> NAMES = VehiclePresets.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyShippedPresetLoadsWithACitationPerNumber(String name) {
        VehicleParameters p = VehiclePresets.named(name);
        assertEquals(name, p.name());
        VehicleParameters.NUMERIC_FIELDS.forEach(f -> assertTrue(p.citations().containsKey(f), f));
    }

    @Test
    void teslaModel3Figures() {
        VehicleParameters p = VehiclePresets.named("TeslaModel3Rwd2024");
        assertEquals(0.219 * 2.24, p.dragArea(), 1e-12);
        assertEquals(1.029 * 1932, p.equivalentMass(), 1e-9);
    }

    @Test
    void teslaCoastdownIsTheEpaTargetRoadLoadInSiUnits() {
        // EPA test car list, 2024 Model 3 RWD: A = 27.02 lbf, B = 0.2873 lbf/mph, C = 0.0122 lbf/mph^2. The file
        // stores six significant digits, so the conversion must agree to 5e-6 relative.
        double lbf = 4.4482216152605;
        double mph = 0.44704;
        CoastdownCoefficients c = VehiclePresets.named("TeslaModel3Rwd2024").coastdown();
        assertEquals(27.02 * lbf, c.f0(), 5e-6 * c.f0());
        assertEquals(0.2873 * lbf / mph, c.f1(), 5e-6 * c.f1());
        assertEquals(0.0122 * lbf / (mph * mph), c.f2(), 5e-6 * c.f2());
        assertTrue(VehiclePresets.named("TeslaModel3Rwd2024").citations().get("coastdown").contains("EPA"));
    }

    @Test
    void id4CoastdownIsTheEpaTargetRoadLoadInSiUnits() {
        // EPA test car list, 2024 ID.4 Pro: A = 27.83 lbf, B = 0.2217 lbf/mph, C = 0.01799 lbf/mph^2. The file
        // stores six significant digits, so the conversion must agree to 5e-6 relative.
        double lbf = 4.4482216152605;
        double mph = 0.44704;
        VehicleParameters p = VehiclePresets.named("VolkswagenId4Pro2024");
        CoastdownCoefficients c = p.coastdown();
        assertEquals(27.83 * lbf, c.f0(), 5e-6 * c.f0());
        assertEquals(0.2217 * lbf / mph, c.f1(), 5e-6 * c.f1());
        assertEquals(0.01799 * lbf / (mph * mph), c.f2(), 5e-6 * c.f2());
        assertTrue(p.citations().get("coastdown").contains("EPA"));
        // The coefficients belong to EPA's equivalent test weight, 5000 lb; the preset's mass is the WLTP test
        // mass 2285 kg. The two must be the same car: within 1 % (exactly: 2285 / 2267.96 - 1 = 0.75 %).
        double equivalentTestWeight = 5000 * 0.45359237;
        assertEquals(1, p.mass() / equivalentTestWeight, 0.01);
    }

    @Test
    void id4RotatingMassIsThreePercentOfMassInRunningOrderPlus25Kilograms() {
        // Regulation (EU) 2017/1151 Annex XXI Sub-Annex 4 para. 2.5.1, mass in running order 2156 kg (EEA data).
        // The factor is stored to five decimals, so the rotating mass is right to 0.5e-5 x 2285 kg = 0.011 kg.
        VehicleParameters p = VehiclePresets.named("VolkswagenId4Pro2024");
        assertEquals(2285 + 0.03 * (2156 + 25), p.equivalentMass(), 0.5e-5 * p.mass());
    }

    @Test
    void kiaHasNoMeasuredRoadLoad() {
        assertEquals(null, VehiclePresets.named("KiaEv3LongRange2024").coastdown());
    }

    @Test
    void nullNumberIsRejectedNamingTheField() throws IOException {
        VehicleException e = assertThrows(VehicleException.class,
                () -> read(teslaJson().replace("\"mass\": 1932.0", "\"mass\": null")));
        assertTrue(e.getMessage().contains("mass"), e.getMessage());
    }

    @Test
    void missingCoastdownIsRejected() throws IOException {
        VehicleException e = assertThrows(VehicleException.class,
                () -> read(teslaJson().replace("\"coastdown\": {", "\"coastdownX\": {")));
        assertTrue(e.getMessage().contains("coastdown"), e.getMessage());
    }

    private static String teslaJson() throws IOException {
        try (InputStream in = VehiclePresets.class.getResourceAsStream(
                "/dev/drivetwin/fmuvehicle/presets/TeslaModel3Rwd2024.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static VehicleParameters read(String json) {
        return VehiclePresets.read("my.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownPropertyIsRejectedNamingFileLineAndField() throws IOException {
        VehicleException e = assertThrows(VehicleException.class,
                () -> read(teslaJson().replace("\"mass\"", "\"weight\": 1,\n  \"mass\"")));
        assertEquals(VehicleError.MALFORMED_FILE, e.error());
        assertTrue(e.getMessage().startsWith("my.json line 3: field 'weight'"), e.getMessage());
    }

    @Test
    void invalidValueIsRejectedNamingFileAndField() throws IOException {
        VehicleException e = assertThrows(VehicleException.class,
                () -> read(teslaJson().replace("\"mass\": 1932.0", "\"mass\": -5")));
        assertTrue(e.getMessage().contains("my.json") && e.getMessage().contains("mass must be positive, got -5"),
                e.getMessage());
    }

    @Test
    void missingCitationIsRejected() throws IOException {
        VehicleException e = assertThrows(VehicleException.class,
                () -> read(teslaJson().replace("\"airDensity\": \"", "\"airDensityNote\": \"")));
        assertTrue(e.getMessage().contains("citations.airDensity"), e.getMessage());
    }

    @Test
    void aPresetFileLoadsByItsPathAndItsErrorsNameTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("MyCar.json");
        Files.writeString(file, teslaJson().replace("\"mass\": 1932.0", "\"mass\": 2000.0"));
        assertEquals(2000, VehiclePresets.load(file.toString()).mass(), 0.0);

        Files.writeString(file, teslaJson().replace("\"mass\": 1932.0", "\"mass\": -5"));
        VehicleException e = assertThrows(VehicleException.class, () -> VehiclePresets.load(file.toString()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("mass"), e.getMessage());

        String missing = directory.resolve("NoSuchCar.json").toString();
        e = assertThrows(VehicleException.class, () -> VehiclePresets.load(missing));
        assertEquals(VehicleError.UNKNOWN_PRESET, e.error());
        assertTrue(e.getMessage().contains("neither a preset file"), e.getMessage());
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        VehicleException e = assertThrows(VehicleException.class, () -> VehiclePresets.named("Model Y"));
        assertEquals(VehicleError.UNKNOWN_PRESET, e.error());
        assertTrue(e.getMessage().contains("KiaEv3LongRange2024"), e.getMessage());
    }
}
