package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryException;

/**
 * The physics part of the hybrid model: an empirical power law of capacity fade in cycle count,
 * <pre>  C(n) = C0·(1 - a·n^z)</pre>
 * the form of J. Wang et al., "Cycle-life model for graphite-LiFePO4 cells", J. Power Sources 196 (2011)
 * 3942-3948 (Q_loss = B·exp(-E_a/(R·T))·Ah^z), at one temperature and one C-rate, where the Arrhenius factor is a
 * constant and cycle count is proportional to charge throughput; Schmalstieg 2014 (package aging) is the case
 * z = 0.5. The three constants are fitted to measured cycles (module battery-learning, docs/validation.md).
 *
 * @param initialCapacity C0 [C]
 * @param coefficient a [1]
 * @param exponent z [1]
 */
public record PowerLawFade(double initialCapacity, double coefficient, double exponent) {
    public PowerLawFade {
        BatteryException.requirePositive("initialCapacity", initialCapacity);
        BatteryException.requireWithin("coefficient", coefficient, -1, 1);
        BatteryException.requirePositive("exponent", exponent);
    }

    /** C(n) [C] after {@code cycleNumber} cycles. */
    public double capacity(double cycleNumber) {
        return initialCapacity * (1 - coefficient * Math.pow(Math.max(0, cycleNumber), exponent));
    }
}
