package dev.drivetwin.fmubattery.pack;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * Topology of a pack: {@code seriesCells} groups in series, each of {@code parallelCells} cells in parallel.
 * Cells are identical unless the pack is built with a {@link CellSpread}.
 *
 * @param seriesCells Ns ≥ 1
 * @param parallelCells Np ≥ 1
 */
public record PackParameters(int seriesCells, int parallelCells) {
    public PackParameters {
        if (seriesCells < 1) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, "pack.seriesCells", seriesCells, "[1, inf)");
        }
        if (parallelCells < 1) {
            throw new BatteryException(BatteryError.OUT_OF_RANGE, "pack.parallelCells", parallelCells, "[1, inf)");
        }
    }

    public int cellCount() {
        return seriesCells * parallelCells;
    }
}
