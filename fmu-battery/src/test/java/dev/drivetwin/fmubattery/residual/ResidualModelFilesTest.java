package dev.drivetwin.fmubattery.residual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped model, the write-read round trip and the refusal of files the reader does not understand. */
class ResidualModelFilesTest {
    private static final CycleConditions CYCLE = new CycleConditions(150, 306, 314, 10000, 1800, 18000, 1 / 3600.0);

    @Test
    void builtInModelIsAFiveMemberHybridForTheNasaCell() {
        ResidualModel m = ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid");
        assertEquals(ModelKind.HYBRID, m.kind());
        assertEquals(5, m.members().size());
        assertTrue(m.source().contains("Saha and K. Goebel"), m.source());
        // B0005 starts at 1.86 Ah and ends at 1.33 Ah: any sensible estimate at cycle 150 lies between
        CapacityEstimate e = new HybridCapacityModel(m).estimate(CYCLE);
        assertTrue(e.capacity() > 1.2 * 3600 && e.capacity() < 1.9 * 3600, "capacity " + e.capacity() + " C");
    }

    @Test
    void writtenModelReadsBackToTheSameEstimatesBitForBit(@TempDir Path directory) {
        ResidualModel m = ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid");
        Path file = directory.resolve("copy.json");
        ResidualModelFiles.write(m, file);
        ResidualModel back = ResidualModelFiles.load(file.toString());
        assertEquals(new HybridCapacityModel(m).estimate(CYCLE), new HybridCapacityModel(back).estimate(CYCLE));
    }

    @Test
    void anUnknownVersionIsRefusedWithTheFileNamed(@TempDir Path directory) throws IOException {
        String text = writtenBuiltIn(directory).replace("\"version\" : 3", "\"version\" : 4");
        BatteryException e = assertThrows(BatteryException.class, () -> ResidualModelFiles.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "v4.json"));
        assertTrue(e.getMessage().contains("v4.json") && e.getMessage().contains("version 4"), e.getMessage());
    }

    @Test
    void aVersion2FileReadsWithTheBareEnsembleSpread(@TempDir Path directory) throws IOException {
        ResidualModel m = ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid").withUncertaintyScale(4);
        Path file = directory.resolve("v3.json");
        ResidualModelFiles.write(m, file);
        // what a version 2 file is: the same content without the calibration
        String v2 = Files.readString(file).replace("\"version\" : 3", "\"version\" : 2")
                .replaceAll("\"uncertaintyScale\" : [0-9.]+,", "");
        ResidualModel back = ResidualModelFiles.read(new ByteArrayInputStream(v2.getBytes(StandardCharsets.UTF_8)),
                "v2.json");
        assertEquals(1, back.uncertaintyScale(), 0);
        assertEquals(new HybridCapacityModel(m.withUncertaintyScale(1)).estimate(CYCLE),
                new HybridCapacityModel(back).estimate(CYCLE));
    }

    private static String writtenBuiltIn(Path directory) throws IOException {
        Path file = directory.resolve("copy.json");
        ResidualModelFiles.write(ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid"), file);
        return Files.readString(file);
    }

    @Test
    void unknownNameListsTheBuiltInModels() {
        BatteryException e = assertThrows(BatteryException.class, () -> ResidualModelFiles.load("NoSuchModel"));
        assertTrue(e.getMessage().contains("SahaGoebel2007B0005Hybrid"), e.getMessage());
    }
}
