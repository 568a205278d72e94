package dev.drivetwin.benchmarks;

import dev.drivetwin.fmubattery.residual.CycleConditions;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import dev.drivetwin.fmubattery.residual.ResidualNetwork;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pure-Java inference of the battery FMU's learned capacity model (issue 3 target: over 1,000,000 network
 * predictions per second on one core), on the built-in model SahaGoebel2007B0005Hybrid (7 inputs, two tanh layers
 * of 16, one output; five members). {@code network}: one member's EJML forward pass on standardised inputs;
 * {@code ensemble}: the whole estimate the FMU makes (fade law, standardisation, five members, mean and deviation).
 * Inputs cycle through 1024 seeded random rows, so nothing is constant-folded. The cycle numbers of the ensemble's
 * rows rise one at a time (1..168, then again), as an FMU sees them: the fade law follows the rest schedule cycle by
 * cycle and restarts when the number falls, so random cycle numbers would time the restarts, not the estimate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Threads(1)
public class ResidualNetworkBenchmark {
    private static final int ROWS = 1024;

    private ResidualNetwork network;
    private HybridCapacityModel ensemble;
    private final double[][] standardised = new double[ROWS][];
    private final CycleConditions[] cycles = new CycleConditions[ROWS];
    private int k;

    @Setup(Level.Trial)
    public void open() {
        ResidualModel model = ResidualModelFiles.builtIn("SahaGoebel2007B0005Hybrid");
        network = new ResidualNetwork(model.members().get(0));
        ensemble = new HybridCapacityModel(model);
        Random random = new Random(42);
        for (int r = 0; r < ROWS; r++) {
            standardised[r] = random.doubles(network.inputs()).map(u -> 4 * u - 2).toArray();
            cycles[r] = new CycleConditions(1 + r % 168, 304 + 3 * random.nextDouble(),
                    311 + 4 * random.nextDouble(), 9000 + 1500 * random.nextDouble(),
                    1700 + 1600 * random.nextDouble(), 3600 * (4 + 30 * random.nextDouble()), 1 / 3600.0);
        }
    }

    @Benchmark
    public double network() {
        k = (k + 1) & (ROWS - 1);
        return network.evaluate(standardised[k]);
    }

    @Benchmark
    public double ensemble() {
        k = (k + 1) & (ROWS - 1);
        return ensemble.estimate(cycles[k]).capacity();
    }
}
