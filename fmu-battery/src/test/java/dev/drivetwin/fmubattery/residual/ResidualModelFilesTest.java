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
    void anotherVersionIsRefusedWithTheFileNamed(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("copy.json");
        ResidualModelFiles.write(ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid"), file);
        String text = Files.readString(file).replace("\"version\" : 2", "\"version\" : 3");
        BatteryException e = assertThrows(BatteryException.class, () -> ResidualModelFiles.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "v3.json"));
        assertTrue(e.getMessage().contains("v3.json") && e.getMessage().contains("version 3"), e.getMessage());
    }

    @Test
    void unknownNameListsTheBuiltInModels() {
        BatteryException e = assertThrows(BatteryException.class, () -> ResidualModelFiles.load("NoSuchModel"));
        assertTrue(e.getMessage().contains("SahaGoebel2007B0005Hybrid"), e.getMessage());
    }
}
