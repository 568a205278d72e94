package dev.drivetwin.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the co-simulation master adds per communication step, in wall time: the two-mass system stepped by our
 * master against a bare FMI4j loop ({@link TwoMassStepper}). The ratio MASTER / BARE is the overhead (target: under
 * 1.1); divide a score by 2 for ns per step per FMU. On a loaded machine prefer {@link MasterOverheadCpuTime}, which
 * alternates the two and counts thread CPU time.
 */
public class MasterOverheadBenchmark extends StepBenchmarkSettings {
    @Param({"MASTER", "BARE"})
    public TwoMassStepper.Kind stepper;

    private TwoMassStepper system;

    @Setup(Level.Trial)
    public void open() {
        system = TwoMassStepper.open(stepper);
    }

    @TearDown(Level.Trial)
    public void close() {
        system.close();
    }

    @Benchmark
    public double step() {
        return system.step();
    }
}
