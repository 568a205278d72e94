package dev.drivetwin.benchmarks;

import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.fmu.VehicleSlave;
import java.io.File;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One communication step of the vehicle (issue 4 target: under 2 us at 1 ms): set motorTorque, regenTorqueLimit
 * and roadGrade, doStep, get torqueCommand and vehicleSpeed. Preset TeslaModel3Rwd2024 on WLTC class 3b (the
 * slave's defaults) in closed loop with an ideal motor: the torque delivered is the command read after the last
 * step, so the vehicle follows the cycle, stops included, as in a coupled run. Regen limit 200 N.m + 20 N.m
 * sin(2 pi t / 65.5 s), grade 0.02 rad sin(2 pi t / 16.4 s). At the cycle's end (1800 s, 1.8 million steps at
 * 1 ms) the slave is reset and started again; that one call per 1.8 million is inside the timing.
 */
public class VehicleStepBenchmark extends ModelStepBenchmark {

    private final double[] in = new double[3];
    private final InputProfile profile = new InputProfile(new double[] {0}, new double[] {200, 20, 1},
            new double[] {0, 0.02, 4});
    private long stepsPerCycle;

    @Setup(Level.Trial)
    public void open() {
        slave = SlaveUnderTest.open(route, new VehicleSlave(), Fmus.file("fmu-vehicle", "Vehicle.fmu"));
        inputs = slave.valueReferences("motorTorque", "regenTorqueLimit", "roadGrade");
        outputs = slave.valueReferences("torqueCommand", "vehicleSpeed");
        stepsPerCycle = (long) Math.floor(StandardCycle.named("WLTC_CLASS3B").load().duration() / step);
        slave.initialize(0);
        slave.getReal(outputs, out);
    }

    @Benchmark
    public void doStep(Blackhole bh) {
        if (k == stepsPerCycle) {
            slave.reset();
            slave.initialize(0);
            slave.getReal(outputs, out);
            k = 0;
        }
        profile.at(k, in);
        in[0] = out[0];
        stepAndRead(in, bh);
    }
}
