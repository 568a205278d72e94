package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.evaluation.CapacityExperiment;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a model's estimate for each cycle of a cell beside the measured capacity, as CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Print measured, physics and model capacity with its uncertainty per cycle (CSV, in Ah).")
final class PredictCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--model", defaultValue = "SahaGoebel2007B0005Hybrid",
            description = "model file, or a model built into fmu-battery (default ${DEFAULT-VALUE})")
    String model;
    @Option(names = "--cell", defaultValue = "B0005")
    String cell;
    @Option(names = "--from-cycle", defaultValue = "1", description = "first cycle to print")
    int fromCycle;

    @Override
    public Integer call() {
        // every cycle goes through the model, since its fade law follows the rests from cycle 1
        List<NasaCycle> cycles = data.cell(cell);
        List<CapacityEstimate> estimates = CapacityExperiment.estimates(ResidualModelFiles.load(model), cycles);
        System.out.println("cycle,measured [Ah],physics [Ah],model [Ah],uncertainty [Ah]");
        for (int k = 0; k < cycles.size(); k++) {
            if (cycles.get(k).cycle() < fromCycle) {
                continue;
            }
            CapacityEstimate e = estimates.get(k);
            System.out.printf(Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.5f%n", cycles.get(k).cycle(),
                    cycles.get(k).capacity() / 3600, e.physicsCapacity() / 3600, e.capacity() / 3600,
                    e.uncertainty() / 3600);
        }
        return 0;
    }
}
