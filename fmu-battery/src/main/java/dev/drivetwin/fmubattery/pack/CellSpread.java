package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.util.Random;

/**
 * Cell-to-cell spread: each cell's capacity and resistances (manufacturing) and its heat transfer coefficient to the
 * coolant (its place in the pack: coolant warming along a channel, cells at an edge) are the preset's times factors
 * drawn from normal distributions with mean 1 and these relative standard deviations, truncated at ±4σ, from a
 * {@link java.util.Random} seeded with {@code seed} (so a pack is reproducible). The factors are drawn
 * independently, a simplification (Rumpf et al. 2017 examine how capacity and resistance correlate). Typical
 * fresh-cell spreads are a fraction of a percent to about a percent in capacity and a few percent in resistance (Rumpf,
 * Naumann, Jossen, J. Energy Storage 14 (2017) 224-243, 1100 LFP/graphite 26650 cells; Baumhöfer, Brühl, Rothgang,
 * Sauer, J. Power Sources 247 (2014) 332-338, 48 NMC 18650 cells); see docs/models.md.
 *
 * @param capacityDeviation relative standard deviation of cell capacity [1], in [0, {@link #MAX_DEVIATION}]
 * @param resistanceDeviation relative standard deviation of cell resistance [1], in [0, {@link #MAX_DEVIATION}]
 * @param heatTransferDeviation relative standard deviation of the cell's heat transfer coefficient h·A to the
 *        coolant [1], in [0, {@link #MAX_DEVIATION}]
 * @param seed seed of the draw
 * @throws BatteryException SPREAD_OUT_OF_RANGE for a deviation outside that range, NaN or infinite
 */
public record CellSpread(double capacityDeviation, double resistanceDeviation, double heatTransferDeviation,
        long seed) {
    /** Identical cells. */
    public static final CellSpread NONE = new CellSpread(0, 0, 0, 0);

    /**
     * The largest relative standard deviation [1]. Factors are truncated at ±4σ ({@link #TRUNCATION}), so they stay
     * at or above 1 - 4·0.2 = 0.2: positive with a margin (σ = 0.25 would allow a cell of zero capacity).
     */
    public static final double MAX_DEVIATION = 0.2;
    /** Factors are redrawn beyond this many standard deviations, so that they stay positive. */
    static final double TRUNCATION = 4;

    public CellSpread {
        requireDeviation("spread.capacityDeviation", capacityDeviation);
        requireDeviation("spread.resistanceDeviation", resistanceDeviation);
        requireDeviation("spread.heatTransferDeviation", heatTransferDeviation);
    }

    /** A spread of capacity and resistance only: every cell cooled alike. */
    public CellSpread(double capacityDeviation, double resistanceDeviation, long seed) {
        this(capacityDeviation, resistanceDeviation, 0, seed);
    }

    /**
     * Checks a relative standard deviation under the name its caller knows it by (an FMU parameter, a file field).
     *
     * @throws BatteryException SPREAD_OUT_OF_RANGE naming {@code name} unless 0 ≤ deviation ≤ {@link #MAX_DEVIATION}
     *         (NaN and infinities fail too)
     */
    public static void requireDeviation(String name, double deviation) {
        if (!(deviation >= 0 && deviation <= MAX_DEVIATION)) {
            throw new BatteryException(BatteryError.SPREAD_OUT_OF_RANGE, name, deviation, MAX_DEVIATION,
                    TRUNCATION);
        }
    }

    public boolean isNone() {
        return capacityDeviation == 0 && resistanceDeviation == 0 && heatTransferDeviation == 0;
    }

    /**
     * The capacity, resistance and heat transfer factors of {@code cells} cells: 1 + σ·z, z standard normal redrawn
     * beyond ±{@link #TRUNCATION}, from {@code Random(seed)}, for each cell a capacity then a resistance factor
     * (group by group, cell by cell, in the pack's order), then the cells' heat transfer factors in the same order
     * (drawn last, so that a seed gives the capacities and resistances it gave before they existed). Identical
     * cells get exactly 1.
     *
     * @return {capacity factors, resistance factors, heat transfer factors}
     */
    double[][] drawFactors(int cells) {
        Random random = new Random(seed);
        double[][] factors = new double[3][cells];
        for (int n = 0; n < cells; n++) {
            factors[0][n] = isNone() ? 1 : factor(random, capacityDeviation);
            factors[1][n] = isNone() ? 1 : factor(random, resistanceDeviation);
        }
        for (int n = 0; n < cells; n++) {
            factors[2][n] = isNone() ? 1 : factor(random, heatTransferDeviation);
        }
        return factors;
    }

    private static double factor(Random random, double deviation) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > TRUNCATION);
        return 1 + deviation * z;
    }
}
