package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryException;

/**
 * The physics part of the hybrid model: capacity fade per cycle with capacity recovered during rests, after
 * B. Saha and K. Goebel, "Modeling Li-ion battery capacity depletion in a particle filtering framework", Annual
 * Conference of the Prognostics and Health Management Society 2009:
 * <pre>  C_{k+1} = η·C_k + β1·exp(-β2/Δt_{k+1})</pre>
 * with η the fade per cycle (their coulombic efficiency η_C), Δt_{k+1} the rest before cycle k+1 and β1, β2 the
 * size and the rest time scale of the recovery. We split C into a fading part B and a recovered part R,
 * <pre>  B_{k+1} = η·B_k,   R_{k+1} = ρ·R_k + β1·exp(-β2/Δt_{k+1}),   C = B + R,   B_1 = C_1, R_1 = 0</pre>
 * so that a recovery can wear off faster than the cell fades: ρ = η is Saha and Goebel's law exactly, β1 = 0 a
 * plain geometric fade. Why: in the NASA cells half of a rest's gain is gone after about 14 cycles (ρ ≈ 0.95),
 * far sooner than η ≈ 0.997 would let it (docs/models.md). Given the rest schedule, the law is an open-loop forecast:
 * no measured capacity after cycle 1 enters it. Immutable.
 *
 * @param initialCapacity C_1, the capacity of cycle 1 [C]
 * @param fade η, the share of the fading capacity kept per cycle [1]
 * @param recoveryRetention ρ, the share of the recovered capacity kept per cycle [1]
 * @param recoveryGain β1, the recovery after an infinitely long rest [C]
 * @param recoveryRestTime β2, the rest time scale of the recovery [s]
 */
public record RestRecoveryFade(double initialCapacity, double fade, double recoveryRetention, double recoveryGain,
        double recoveryRestTime) {
    public RestRecoveryFade {
        BatteryException.requirePositive("initialCapacity", initialCapacity);
        BatteryException.requireWithin("fade", fade, 0, 2);
        BatteryException.requireWithin("recoveryRetention", recoveryRetention, 0, 1);
        BatteryException.requireNonNegative("recoveryGain", recoveryGain);
        BatteryException.requirePositive("recoveryRestTime", recoveryRestTime);
    }

    /**
     * Capacities of cycles 1, 2, ... [C] for a rest schedule.
     *
     * @param restTimes rest before each cycle [s]; the first is not used (cycle 1 starts the law)
     */
    public double[] capacities(double[] restTimes) {
        double[] capacity = new double[restTimes.length];
        FadeState state = start();
        for (int k = 0; k < restTimes.length; k++) {
            if (k > 0) {
                state = next(state, restTimes[k]);
            }
            capacity[k] = state.capacity();
        }
        return capacity;
    }

    /** The same law for a cell whose first capacity is {@code c1} [C]: both capacity terms scale with it. */
    public RestRecoveryFade scaledTo(double c1) {
        double factor = c1 / initialCapacity;
        return new RestRecoveryFade(c1, fade, recoveryRetention, recoveryGain * factor, recoveryRestTime);
    }

    /** The state at cycle 1. */
    FadeState start() {
        return new FadeState(initialCapacity, 0);
    }

    /** The state one cycle later, after a rest of {@code restTime} [s]. */
    FadeState next(FadeState state, double restTime) {
        return new FadeState(fade * state.fading(), recoveryRetention * state.recovered() + recovery(restTime));
    }

    /** β1·exp(-β2/Δt): no gain for no rest, β1 for an endless one. */
    private double recovery(double restTime) {
        return restTime > 0 ? recoveryGain * Math.exp(-recoveryRestTime / restTime) : 0;
    }

    /** B and R of one cycle [C]. */
    record FadeState(double fading, double recovered) {
        double capacity() {
            return fading + recovered;
        }
    }
}
