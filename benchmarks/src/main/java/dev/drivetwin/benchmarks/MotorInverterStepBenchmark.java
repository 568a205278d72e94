package dev.drivetwin.benchmarks;

import dev.drivetwin.fmumotorinverter.fmu.MotorInverterSlave;
import java.io.File;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One communication step of the motor and inverter (issue 4 target for fidelity 0: under 2 us at 1 ms): set
 * torqueCommand, speed, dcVoltage and coolantTemperature, doStep, get windingTemperature and junctionTemperature.
 * Preset NissanLeaf2011 (the slave's default). Operating point of urban driving, every input changing each step:
 * torque 100 N.m + 60 N.m sin(2 pi t / 16.4 s) + 10 N.m sin(2 pi t / 0.51 s), speed 400 rad/s + 150 rad/s
 * sin(2 pi t / 16.4 s) (3800 rpm, up to 5250 rpm), DC link 360 V + 10 V sin(2 pi t / 4.1 s), coolant 318.15 K.
 * The periods are short so that each 1 s iteration sees much of the range at every speed of the model.
 *
 * <p>The outputs read are temperatures, which doStep sets; an electrical output (torque, dcCurrent, losses) makes
 * the slave evaluate the operating point for the inputs again on the first read after a step (they depend on the
 * inputs directly), which costs about as much again as a quasi-static step.
 */
public class MotorInverterStepBenchmark extends ModelStepBenchmark {
    /** 0 quasi-static, 1 dynamic dq (MotorInverterSlave.QUASI_STATIC, DYNAMIC). */
    @Param({"0", "1"})
    public int fidelity;

    private final double[] in = new double[4];
    private final InputProfile profile = new InputProfile(new double[] {100, 60, 4, 10, 128},
            new double[] {400, 150, 4}, new double[] {360, 10, 16}, new double[] {318.15});

    @Setup(Level.Trial)
    public void open() {
        slave = SlaveUnderTest.open(route, new MotorInverterSlave(),
                Fmus.file("fmu-motor-inverter", "MotorInverter.fmu"));
        inputs = slave.valueReferences("torqueCommand", "speed", "dcVoltage", "coolantTemperature");
        outputs = slave.valueReferences("windingTemperature", "junctionTemperature");
        slave.setInteger("fidelity", fidelity);
        profile.at(0, in);
        slave.setReal(inputs, in);
        slave.initialize(0);
    }

    @Benchmark
    public void doStep(Blackhole bh) {
        profile.at(k, in);
        stepAndRead(in, bh);
    }
}
