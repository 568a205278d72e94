package dev.drivetwin.batterylearning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train} writes a file fmu-battery reads, with the settings and data it was given. */
class TrainCommandTest {
    @Test
    void trainWritesAModelFileTheFmuCanRead(@TempDir Path directory) {
        Path file = directory.resolve("model.json");
        int status = new CommandLine(new LearningCommand()).execute("train", "--cell", "B0006", "--fraction",
                "0.5", "--hidden", "4", "--epochs", "50", "--ensemble", "2", "--fade-law", "PLAIN_FADE", "--output",
                file.toString());
        assertEquals(0, status);
        ResidualModel model = ResidualModelFiles.read(file);
        assertEquals(ModelKind.HYBRID, model.kind());
        assertEquals(2, model.members().size());
        assertEquals(4, model.members().get(0).layers().get(0).outputs());
        assertEquals(0, model.physics().recoveryGain(), 0, "a plain fade recovers nothing");
        assertTrue(model.source().contains("cycles 1-84 of NASA PCoE B0006"), model.source());
    }
}
