package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.BatteryException;

/**
 * Cell-to-cell manufacturing spread: each cell's capacity and resistances are the preset's times factors drawn
 * from normal distributions with mean 1 and these relative standard deviations, truncated at ±4σ, from a
 * {@link java.util.Random} seeded with {@code seed} (so a pack is reproducible). Capacity and resistance are drawn
 * independently, a simplification (Rumpf et al. 2017 examine how they correlate). Typical fresh-cell
 * spreads are a fraction of a percent to about a percent in capacity and a few percent in resistance (Rumpf,
 * Naumann, Jossen, J. Energy Storage 14 (2017) 224-243, 1100 LFP/graphite 26650 cells; Baumhöfer, Brühl, Rothgang,
 * Sauer, J. Power Sources 247 (2014) 332-338, 48 NMC 18650 cells); see docs/models.md.
 *
 * @param capacityDeviation relative standard deviation of cell capacity [1], in [0, 0.2]
 * @param resistanceDeviation relative standard deviation of cell resistance [1], in [0, 0.2]
 * @param seed seed of the draw
 */
public record CellSpread(double capacityDeviation, double resistanceDeviation, long seed) {
    /** Identical cells. */
    public static final CellSpread NONE = new CellSpread(0, 0, 0);

    public CellSpread {
        BatteryException.requireWithin("spread.capacityDeviation", capacityDeviation, 0, 0.2);
        BatteryException.requireWithin("spread.resistanceDeviation", resistanceDeviation, 0, 0.2);
    }

    public boolean isNone() {
        return capacityDeviation == 0 && resistanceDeviation == 0;
    }
}
