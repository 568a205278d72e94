package dev.drivetwin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the co-simulation master adds per communication step, in wall time: the two-mass system stepped by our
 * master against a bare FMI4j loop ({@link TwoMassStepper}). The ratio MASTER / BARE is the overhead (target: under
 * 1.1); divide a score by 2 for ns per step per FMU. On a loaded machine prefer {@link MasterOverheadCpuTime}, which
 * alternates the two and counts thread CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.prefs/java.util.prefs=ALL-UNNAMED", "-XX:+UseSerialGC",
    "-Dcom.sun.xml.bind.v2.bytecode.ClassTailor.noOptimize=true"})
@Threads(1)
public class MasterOverheadBenchmark {
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
