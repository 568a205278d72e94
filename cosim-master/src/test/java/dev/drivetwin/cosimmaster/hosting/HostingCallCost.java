package dev.drivetwin.cosimmaster.hosting;

import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Harness, not a test: the cost of one call through {@link FmuHosting#CHILD_PROCESS} against
 * {@link FmuHosting#IN_PROCESS}, in one run. A round trip is one doStep, one readReal of the temperature and one
 * writeReal of the heat flow of ThermalMass.fmu, as in fmu-export's fmu_host bench, so the figures line up with
 * docs/performance.md. Per hosting: {@value #WARM_UP} round trips of warm-up, then {@value #RUNS} timed runs of
 * {@code rounds} round trips; the best and the median run are printed in ns per round trip, and their ratio.
 *
 * <p>Run (after {@code mvn verify} has built the jar and the test classes):
 * {@code java -cp cosim-master/target/drivetwin.jar:cosim-master/target/test-classes
 * dev.drivetwin.cosimmaster.hosting.HostingCallCost fmu-export/target/fmus/ThermalMass.fmu [rounds]}
 */
public final class HostingCallCost {
    private static final int WARM_UP = 50_000;
    private static final int RUNS = 5;

    private HostingCallCost() {
    }

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("com.sun.xml.bind").setLevel(java.util.logging.Level.WARNING);
        Path fmu = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double[] inProcess;
        double[] child;
        try (FmuLauncher launcher = new FmuLauncher(Duration.ofSeconds(30))) {
            inProcess = measure(launcher.instantiate(fmu, "local", FmuHosting.IN_PROCESS), rounds);
            child = measure(launcher.instantiate(fmu, "child", FmuHosting.CHILD_PROCESS), rounds);
        }
        print("IN_PROCESS", inProcess);
        print("CHILD_PROCESS", child);
        System.out.printf(Locale.ROOT, "ratio CHILD_PROCESS / IN_PROCESS: best %.1f, median %.1f%n",
                child[0] / inProcess[0], child[RUNS / 2] / inProcess[RUNS / 2]);
    }

    /** Sorted ns per round trip of each timed run. */
    private static double[] measure(FmuInstance instance, int rounds) {
        try (instance) {
            long[] temperature = {variable(instance, "temperature").valueReference()};
            long[] heatFlow = {variable(instance, "heatFlow").valueReference()};
            instance.enterInitialization(0, Double.MAX_VALUE, Double.NaN);
            instance.exitInitialization();
            double[] value = new double[1];
            long step = 0;
            for (int i = 0; i < WARM_UP; i++, step++) {
                roundTrip(instance, temperature, heatFlow, value, step);
            }
            double[] nanos = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                for (int i = 0; i < rounds; i++, step++) {
                    roundTrip(instance, temperature, heatFlow, value, step);
                }
                nanos[run] = (double) (System.nanoTime() - start) / rounds;
            }
            Arrays.sort(nanos);
            return nanos;
        }
    }

    private static void roundTrip(FmuInstance instance, long[] temperature, long[] heatFlow, double[] value,
            long step) {
        double time = step * 0.1; // step count × step, as the master does
        instance.doStep(time, 0.1);
        instance.readReal(temperature, value, time + 0.1);
        value[0] = 100 + (step & 1); // a heat flow that changes, so no layer can skip the write
        instance.writeReal(heatFlow, value);
    }

    private static FmuVariable variable(FmuInstance instance, String name) {
        return instance.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static void print(String hosting, double[] nanos) {
        System.out.printf(Locale.ROOT, "%-14s ns per round trip: best %.0f, median %.0f, runs %s%n", hosting,
                nanos[0], nanos[RUNS / 2], Arrays.toString(Arrays.stream(nanos).map(Math::rint).toArray()));
    }
}
