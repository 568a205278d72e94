package dev.drivetwin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks that time one communication step (of a model, or of a system through the
 * master), written once: JMH reads these annotations from a benchmark's superclass. Nanoseconds per step, one fork with the model benchmarks' JVM options (serial GC as in the FMUs, the
 * --add-opens and JAXB switch FMI4j needs), 5 warm-up and 5 measured iterations of 1 s, one benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.prefs/java.util.prefs=ALL-UNNAMED", "-XX:+UseSerialGC",
    "-Dcom.sun.xml.bind.v2.bytecode.ClassTailor.noOptimize=true"})
@Threads(1)
public abstract class StepBenchmarkSettings {
}
