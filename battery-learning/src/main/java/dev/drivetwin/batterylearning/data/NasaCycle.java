package dev.drivetwin.batterylearning.data;

import dev.drivetwin.fmubattery.residual.CycleConditions;

/**
 * One discharge of a NASA PCoE cell.
 *
 * @param cellName e.g. "B0005"
 * @param capacity measured capacity [C]: NASA's charge delivered down to 2.7 V (for every cell)
 * @param conditions what the capacity model is given about this cycle
 */
public record NasaCycle(String cellName, CycleConditions conditions, double capacity) {
    public int cycle() {
        return (int) conditions.cycleNumber();
    }
}
