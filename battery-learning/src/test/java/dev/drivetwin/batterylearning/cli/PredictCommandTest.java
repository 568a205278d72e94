package dev.drivetwin.batterylearning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code predict} prints, per cycle, the measured capacity and the model's estimate in Ah. */
class PredictCommandTest {
    @Test
    void printsTheBuiltInModelsEstimatesForTheLastCycles() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            status = new CommandLine(new LearningCommand()).execute("predict", "--cell", "B0005", "--from-cycle",
                    "166");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, status);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("cycle,measured [Ah],physics [Ah],model [Ah],uncertainty [Ah]", lines.get(0));
        assertEquals(4, lines.size(), "cycles 166, 167, 168");
        List<NasaCycle> cycles = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        NasaCycle last = cycles.get(167);
        // the model is given every cycle from 1 in order, since its fade law follows the rests
        HybridCapacityModel model = new HybridCapacityModel(ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid"));
        CapacityEstimate e = null;
        for (NasaCycle c : cycles) {
            e = model.estimate(c.conditions());
        }
        String[] f = lines.get(3).split(",");
        assertEquals(168, Integer.parseInt(f[0]));
        // printed with five decimals: half a unit in the last place
        assertEquals(last.capacity() / 3600, Double.parseDouble(f[1]), 5e-6);
        assertEquals(e.physicsCapacity() / 3600, Double.parseDouble(f[2]), 5e-6);
        assertEquals(e.capacity() / 3600, Double.parseDouble(f[3]), 5e-6);
        assertEquals(e.uncertainty() / 3600, Double.parseDouble(f[4]), 5e-6);
    }
}
