package dev.drivetwin.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The master's overhead per step in thread CPU time, for a machine whose load swamps wall-clock benchmarks: the
 * master and the bare loop ({@link TwoMassStepper}) are opened side by side in one JVM and run alternately in
 * blocks of {@value #BLOCK} steps, so that both see the same machine; after {@value #WARM_UP} warm-up rounds each
 * of {@value #ROUNDS} rounds gives one ns-per-step figure for each. Prints the medians, the quartiles and the ratio
 * of the medians. CPU time leaves out time spent descheduled, not the cache misses another process causes.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.drivetwin.benchmarks.MasterOverheadCpuTime}
 * (from the project root, with the JVM options of the JMH forks: --add-opens=java.prefs/java.util.prefs=ALL-UNNAMED
 * -XX:+UseSerialGC).
 */
public final class MasterOverheadCpuTime {
    static final int BLOCK = 20_000;
    static final int WARM_UP = 20;
    static final int ROUNDS = 40;

    private MasterOverheadCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sink = 0;
        double[] master = new double[ROUNDS];
        double[] bare = new double[ROUNDS];
        try (TwoMassStepper m = TwoMassStepper.open(TwoMassStepper.Kind.MASTER);
                TwoMassStepper b = TwoMassStepper.open(TwoMassStepper.Kind.BARE)) {
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long t0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < BLOCK; i++) {
                    sink += m.step();
                }
                long t1 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < BLOCK; i++) {
                    sink += b.step();
                }
                long t2 = threads.getCurrentThreadCpuTime();
                if (round >= 0) {
                    master[round] = (double) (t1 - t0) / BLOCK;
                    bare[round] = (double) (t2 - t1) / BLOCK;
                }
            }
        }
        Arrays.sort(master);
        Arrays.sort(bare);
        System.out.printf(Locale.ROOT, "ns per step (thread CPU time), median [quartiles] over %d rounds of %d steps%n",
                ROUNDS, BLOCK);
        System.out.printf(Locale.ROOT, "MASTER %.0f [%.0f, %.0f]%n", median(master), master[ROUNDS / 4],
                master[3 * ROUNDS / 4]);
        System.out.printf(Locale.ROOT, "BARE   %.0f [%.0f, %.0f]%n", median(bare), bare[ROUNDS / 4],
                bare[3 * ROUNDS / 4]);
        System.out.printf(Locale.ROOT, "ratio MASTER / BARE %.3f; per step per FMU: master %.0f ns, bare %.0f ns,"
                + " overhead %.0f ns (checksum %.1f)%n", median(master) / median(bare), median(master) / 2,
                median(bare) / 2, (median(master) - median(bare)) / 2, sink % 1000);
    }

    private static double median(double[] sorted) {
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
