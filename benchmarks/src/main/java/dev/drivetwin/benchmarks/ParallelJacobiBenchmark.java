package dev.drivetwin.benchmarks;

import dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.ComponentSource;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import dev.drivetwin.cosimmaster.system.UnitCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parallel Jacobi against one thread: two MotorInverter FMUs at the dynamic dq level (fidelity 1, several
 * microseconds of work per step each), stepped by {@link JacobiAlgorithm} with 1 or 2 threads. The inputs (torque
 * command, speed, DC voltage) change every step from the table of {@link MotorInverterStepBenchmark}, written by
 * this benchmark on its own thread before each step, as a scenario would; the two motors get the same inputs and
 * are not connected, so each step is two independent pieces of work. Speed-up = score(1 thread) / score(2).
 */
public class ParallelJacobiBenchmark extends StepBenchmarkSettings {
    private static final double STOP = 1e6; // [s], never reached
    private static final String[] INPUTS = {"torqueCommand", "speed", "dcVoltage"};

    @Param({"1", "2"})
    public int threads;

    /** Communication step [s]. */
    @Param({"0.001", "0.01", "0.1"})
    public double step;

    private LoadedSystem loaded;
    private JacobiAlgorithm algorithm;
    private final List<Component> motors = new ArrayList<>();
    private final List<FmuVariable[]> inputs = new ArrayList<>();
    private final double[] in = new double[3];
    private final InputProfile profile = new InputProfile(new double[] {100, 60, 4, 10, 128},
            new double[] {400, 150, 4}, new double[] {360, 10, 16});
    private double time;
    private long k;

    @Setup(Level.Trial)
    public void open() {
        java.nio.file.Path fmu = Fmus.file("fmu-motor-inverter", "MotorInverter.fmu").toPath();
        loaded = LoadedSystem.load("two-motors", List.of(
                new ComponentSource("motorA", fmu, Map.of("fidelity", "1"), 1),
                new ComponentSource("motorB", fmu, Map.of("fidelity", "1"), 1)), List.of(),
                new UnitCatalogue(Map.of()));
        CoupledSystem system = loaded.system();
        algorithm = new JacobiAlgorithm(system, new FixedStepExperiment(0, STOP, step), threads);
        for (Component motor : system.components()) {
            motors.add(motor);
            FmuVariable[] variables = new FmuVariable[INPUTS.length];
            for (int i = 0; i < INPUTS.length; i++) {
                variables[i] = motor.variable(INPUTS[i]);
            }
            inputs.add(variables);
        }
        writeInputs(0);
        for (Component motor : motors) {
            motor.enterInitialization(0, STOP);
            motor.exitInitialization(0);
        }
    }

    private void writeInputs(double now) {
        profile.at(k, in);
        for (int m = 0; m < motors.size(); m++) {
            for (int i = 0; i < in.length; i++) {
                motors.get(m).write(inputs.get(m)[i], in[i], now);
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        algorithm.close();
        loaded.close();
    }

    /** @return the time reached, so that nothing is dead code */
    @Benchmark
    public double step() {
        writeInputs(time);
        time = algorithm.advance(time, STOP);
        k++;
        return time;
    }
}
