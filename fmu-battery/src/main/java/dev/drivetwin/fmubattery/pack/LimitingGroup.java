package dev.drivetwin.fmubattery.pack;

import java.util.Random;

/**
 * The series group that limits a pack of cells with {@link CellSpread}, as factors on the preset cell's capacity
 * and resistances. Cells in parallel share one voltage, so a group behaves as one cell with the sum of their
 * capacities and the parallel combination of their resistances; per cell of the group that is
 * <pre>
 *   capacity factor   q_j = (1/Np)·Σ_k q_jk          (mean of the cells' factors)
 *   resistance factor r_j = Np / Σ_k (1/r_jk)        (harmonic mean)
 * </pre>
 * Groups in series carry the same current, so without balancing the group with the least capacity empties and
 * fills first and bounds the usable charge, and the group with the highest resistance reaches a voltage limit
 * first and bounds the allowed current: the limiting group takes min_j q_j and max_j r_j (a conservative
 * composite when the two are different groups). Draw order: for each group j, for each cell k, a capacity then a
 * resistance factor. Immutable.
 *
 * @param capacityFactor capacity of the limiting group over that of identical cells [1]
 * @param resistanceFactor resistance of the limiting group over that of identical cells [1]
 */
public record LimitingGroup(double capacityFactor, double resistanceFactor) {
    /** Identical cells: factors exactly 1. */
    public static final LimitingGroup IDENTICAL = new LimitingGroup(1, 1);
    static final double TRUNCATION = 4; // [standard deviations]

    /** Draws the cells of {@code pack} with {@code spread} and returns its limiting group. */
    public static LimitingGroup draw(PackParameters pack, CellSpread spread) {
        if (spread.isNone()) {
            return IDENTICAL;
        }
        Random random = new Random(spread.seed());
        double capacity = Double.POSITIVE_INFINITY;
        double resistance = 0;
        for (int j = 0; j < pack.seriesCells(); j++) {
            double capacitySum = 0;
            double conductanceSum = 0;
            for (int k = 0; k < pack.parallelCells(); k++) {
                capacitySum += factor(random, spread.capacityDeviation());
                conductanceSum += 1 / factor(random, spread.resistanceDeviation());
            }
            capacity = Math.min(capacity, capacitySum / pack.parallelCells());
            resistance = Math.max(resistance, pack.parallelCells() / conductanceSum);
        }
        return new LimitingGroup(capacity, resistance);
    }

    /**
     * 1 + σ·z with z standard normal, redrawn beyond ±4σ so that factors stay positive
     * (σ ≤ {@link CellSpread#MAX_DEVIATION}).
     */
    private static double factor(Random random, double deviation) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > TRUNCATION);
        return 1 + deviation * z;
    }
}
