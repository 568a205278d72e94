package dev.drivetwin.benchmarks;

import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aging throughput (issue 3): {@code days} of daily use of the LFP pack (preset Naumann2018Lfp220Ah, 104s1p,
 * 73 kWh) to a state-of-health trajectory, at full fidelity every day, no aging acceleration. Each day of 86 400 s:
 * <ol>
 *   <li>0-1800 s: one WLTC class 3b as pack power ({@link DailyDrive}, Tesla Model 3 RWD 2024 preset), 1 s steps;</li>
 *   <li>rest until 18:00 in steps of at most 3600 s (calendar aging at the SOC the drive left);</li>
 *   <li>charge at 11 kW (pack power -11 kW) in 10 s steps until SOC ≥ 0.8;</li>
 *   <li>rest until midnight in steps of at most 3600 s.</li>
 * </ol>
 * Coolant at 298.15 K throughout. Every step is one {@link Pack} step (adaptive Dormand-Prince, relative tolerance
 * 1e-6, the FMU's default): electrical, thermal, calendar aging and rainflow-counted cycle aging. Time in integer
 * seconds, no drift.
 *
 * <p>{@code resimulateEvery} = 1 simulates every day so. With n &gt; 1, one day in n is simulated so and the
 * growth of the aging integrals over it ({@link Pack#agingTotals}) is added for each of the next n - 1 days
 * ({@link Pack#addAging}): exact while the daily operation is the same, since the integrals grow at rates set by
 * the stress alone; what it misses is the slow drift of each day's stress as the pack ages (a smaller capacity
 * swings the SOC further), caught up at the next simulated day. Single shot: the figure is the wall time of the
 * whole run; it prints SOH per year.
 *
 * <p>{@code cellSpread} &gt; 0 gives the cells a capacity and resistance spread of that relative standard deviation
 * (seed 1), so every one of the 104 cells is simulated and ages by its own stress; the lowest cell SOH is printed
 * too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
public class TenYearAgingBenchmark {
    static final int DAY = 86_400; // [s]
    static final int EVENING = 64_800; // 18:00 [s]
    static final int LONGEST_REST_STEP = 3_600; // [s]
    static final int CHARGE_STEP = 10; // [s]
    static final double CHARGE_POWER = -11_000; // [W], AC wallbox
    static final double TARGET_SOC = 0.8;
    static final double COOLANT = 298.15; // [K]

    @Param({"3650"})
    public int days;
    /** Simulate one day in this many at full fidelity; repeat its aging for the others. */
    @Param({"1", "30"})
    public int resimulateEvery;
    /** Relative standard deviation of the cells' capacity and resistance [1]; 0: identical cells. */
    @Param({"0"})
    public double cellSpread;

    @Benchmark
    public double tenYears() {
        DailyDrive drive = new DailyDrive(StandardCycle.WLTC_CLASS3B.load(),
                VehiclePresets.named("TeslaModel3Rwd2024"));
        Pack pack = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), TARGET_SOC, COOLANT, 1, 1e-6,
                new CellSpread(cellSpread, cellSpread, 1));
        System.out.printf("WLTC: %.0f m, %.1f Wh/km from the pack%n", drive.distance(),
                drive.energy() / 3.6 / drive.distance());
        System.out.println("year  SOH  resistanceGrowth  equivalentFullCycles  lowestSocOfTheDay  lowestCellSOH");
        double lowest = 0;
        double[] dailyAging = null;
        for (int day = 1; day <= days; day++) {
            if ((day - 1) % resimulateEvery == 0) {
                double[] before = pack.agingTotals();
                lowest = simulateDay(pack, drive);
                dailyAging = difference(pack.agingTotals(), before);
            } else {
                pack.addAging(dailyAging);
            }
            if (day % 365 == 0 || day == days) {
                System.out.printf("%5.2f %.5f %.5f %.1f %.4f %.5f%n", day / 365.0, pack.stateOfHealth(),
                        pack.resistanceGrowth(), pack.equivalentFullCycles(), lowest, pack.lowestCellStateOfHealth());
            }
        }
        pack.countOpenCycles();
        System.out.printf("after counting the open cycles: SOH %.5f%n", pack.stateOfHealth());
        return pack.stateOfHealth();
    }

    private static double[] difference(double[] after, double[] before) {
        double[] d = new double[after.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = after[k] - before[k];
        }
        return d;
    }

    /** One day from midnight to midnight; returns the SOC at the end of the drive. */
    static double simulateDay(Pack pack, DailyDrive drive) {
        for (int k = 0; k < drive.seconds(); k++) {
            pack.stepPower(drive.packPower(k), COOLANT, 1);
        }
        double afterDrive = pack.soc();
        int t = rest(pack, drive.seconds(), EVENING);
        while (pack.soc() < TARGET_SOC && t + CHARGE_STEP <= DAY) {
            pack.stepPower(CHARGE_POWER, COOLANT, CHARGE_STEP);
            t += CHARGE_STEP;
        }
        rest(pack, t, DAY);
        return afterDrive;
    }

    /** Rests from {@code from} to {@code to} [s]; returns {@code to}. */
    private static int rest(Pack pack, int from, int to) {
        for (int t = from; t < to; t += LONGEST_REST_STEP) {
            pack.stepCurrent(0, COOLANT, Math.min(LONGEST_REST_STEP, to - t));
        }
        return to;
    }
}
