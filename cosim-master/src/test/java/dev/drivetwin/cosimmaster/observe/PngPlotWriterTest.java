package dev.drivetwin.cosimmaster.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngPlotWriterTest {
    private static final FmuVariable TEMPERATURE = new FmuVariable("temperature", 0, FmuVariable.VariableKind.REAL,
            "output", "K");
    private static final FmuVariable POWER = new FmuVariable("power", 1, FmuVariable.VariableKind.REAL, "output", "W");

    @TempDir
    Path directory;

    @Test
    void drawsAPngWithoutADisplay() throws Exception {
        Path png = directory.resolve("plots/temperature.png");
        PngPlotWriter writer = new PngPlotWriter(png, "ThermalMass", List.of("temperature"), 100);
        writer.started(List.of(POWER, TEMPERATURE));
        for (int k = 0; k <= 100_000; k++) {
            writer.stepped(k, k * 0.1, new double[] {0, 300 + Math.sin(k * 1e-4)});
        }
        writer.finished();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(Boolean.parseBoolean(System.getProperty("java.awt.headless")));
    }

    @Test
    void anUnknownSignalNamesThePlotAndTheObservedVariables() {
        Path png = directory.resolve("speed.png");
        PngPlotWriter writer = new PngPlotWriter(png, "ThermalMass", List.of("speed"), 100);
        MasterException e = assertThrows(MasterException.class, () -> writer.started(List.of(TEMPERATURE, POWER)));
        assertEquals(png + ": cannot plot 'speed': the observed variables are [temperature, power]", e.getMessage());
    }

    @Test
    void writesNothingWhenTheRunFailedBeforeItsFirstValues() {
        Path png = directory.resolve("temperature.png");
        PngPlotWriter writer = new PngPlotWriter(png, "ThermalMass", List.of("temperature"), 100);
        writer.started(List.of(TEMPERATURE));
        writer.failed("ThermalMass", 0, new IllegalStateException());
        writer.finished();
        assertFalse(Files.exists(png));
    }
}
