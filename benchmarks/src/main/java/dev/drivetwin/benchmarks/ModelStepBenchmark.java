package dev.drivetwin.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the benchmarks of one model's doStep share, written once (JMH reads parameters and fixture methods from a
 * superclass): the route (the slave called directly, or its packaged FMU through FMI4j), the communication step,
 * the slave and the two outputs read after each step. A subclass opens the slave, chooses its inputs and outputs,
 * and fills the inputs before calling {@link #stepAndRead}.
 */
public abstract class ModelStepBenchmark extends StepBenchmarkSettings {
    @Param({"DIRECT", "FMI4J"})
    public Route route;
    /** Communication step [s]. */
    @Param({"0.001"})
    public double step;

    protected SlaveUnderTest slave;
    protected SlaveUnderTest.References inputs;
    protected SlaveUnderTest.References outputs;
    protected final double[] out = new double[2];
    /** Steps taken since the start: the communication point is {@code k * step}. */
    protected long k;

    @TearDown(Level.Trial)
    public void close() {
        slave.close();
    }

    /** Sets {@code in}, takes step {@code k}, reads both outputs into {@link #out} and hands them to JMH. */
    protected final void stepAndRead(double[] in, Blackhole bh) {
        slave.setReal(inputs, in);
        slave.doStep(k * step, step);
        k++;
        slave.getReal(outputs, out);
        bh.consume(out[0]);
        bh.consume(out[1]);
    }
}
