package dev.drivetwin.benchmarks;

import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.Presets;

/**
 * Derivative evaluations per {@link Pack} step, a measure of the integrator's work that does not depend on the
 * machine's load: the input profile of {@link BatteryStepBenchmark} (LFP preset, aging on, 100 A and 20 A sines)
 * for 20 000 steps of 1 ms and of 1 s. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.drivetwin.benchmarks.IntegratorWork}.
 */
public final class IntegratorWork {
    private static final int STEPS = 20_000;

    private IntegratorWork() {
    }

    public static void main(String[] args) {
        for (double step : new double[] {0.001, 1}) {
            Pack pack = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, 1, 1e-6);
            long evaluations = 0;
            for (int k = 0; k < STEPS; k++) {
                double t = k * step;
                double current = 100 * Math.sin(2 * Math.PI * t / 65.5) + 20 * Math.sin(2 * Math.PI * t / 1.02);
                pack.stepCurrent(current, 298.15 + 2 * Math.sin(2 * Math.PI * t / 65.5), step);
                evaluations += pack.lastStepEvaluations();
            }
            System.out.printf("step %s s: %.2f derivative evaluations per step%n", step, evaluations / (double) STEPS);
        }
    }
}
