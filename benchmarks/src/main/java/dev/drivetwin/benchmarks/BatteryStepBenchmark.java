package dev.drivetwin.benchmarks;

import dev.drivetwin.fmubattery.fmu.BatterySlave;
import java.io.File;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One communication step of the battery (issue 3 target: under 2 us at 1 ms): set currentDemand and
 * coolantTemperature, doStep, get terminalVoltage and soc. Preset Naumann2018Lfp220Ah (the slave's default), pack
 * current 100 A sin(2 pi t / 65.5 s) + 20 A sin(2 pi t / 1.02 s), about C/2 peak, zero mean so the SOC stays near
 * its start of 0.8 however long the run; coolant 298.15 K + 2 K sin(2 pi t / 65.5 s). With {@code -p cellSpread=0.02}
 * the pack has a capacity and resistance spread of that relative standard deviation, so all 104 cells are simulated.
 */
public class BatteryStepBenchmark extends ModelStepBenchmark {

    /** Relative standard deviation of the cells' capacity and resistance [1]; 0: identical cells, one simulated. */
    @Param({"0"})
    public double cellSpread;

    private final double[] in = new double[2];
    private final InputProfile profile = new InputProfile(new double[] {0, 100, 1, 20, 64},
            new double[] {298.15, 2, 1});

    @Setup(Level.Trial)
    public void open() {
        slave = SlaveUnderTest.open(route, new BatterySlave(), Fmus.file("fmu-battery", "Battery.fmu"));
        slave.setReal(slave.valueReferences("capacitySpread", "resistanceSpread"),
                new double[] {cellSpread, cellSpread});
        inputs = slave.valueReferences("currentDemand", "coolantTemperature");
        outputs = slave.valueReferences("terminalVoltage", "soc");
        slave.initialize(0);
    }

    @Benchmark
    public void doStep(Blackhole bh) {
        profile.at(k, in);
        stepAndRead(in, bh);
    }
}
