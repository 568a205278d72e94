package dev.drivetwin.fmubattery.thermal;

import static dev.drivetwin.fmubattery.BatteryException.requireNonNegative;
import static dev.drivetwin.fmubattery.BatteryException.requirePositive;
import static dev.drivetwin.fmubattery.BatteryException.requireText;

/**
 * Lumped thermal parameters of one cell and of its contact with its neighbours in the pack.
 *
 * @param heatCapacity m·c_p of the cell [J/K]
 * @param heatTransferCoefficient h·A from the cell to the coolant or ambient [W/K]
 * @param cellToCellConductance thermal conductance between neighbouring cells [W/K], ≥ 0 (0: no heat flows from
 *        cell to cell); it matters only when cells differ, so only with a cell spread
 * @param source where the values come from
 */
public record ThermalParameters(double heatCapacity, double heatTransferCoefficient, double cellToCellConductance,
        String source) {
    public ThermalParameters {
        requirePositive("thermal.heatCapacity", heatCapacity);
        requirePositive("thermal.heatTransferCoefficient", heatTransferCoefficient);
        requireNonNegative("thermal.cellToCellConductance", cellToCellConductance);
        requireText("thermal.source", source);
    }

    /** Cells that exchange no heat with one another. */
    public ThermalParameters(double heatCapacity, double heatTransferCoefficient, String source) {
        this(heatCapacity, heatTransferCoefficient, 0, source);
    }

    /** Thermal time constant m·c_p / (h·A) [s]. */
    public double timeConstant() {
        return heatCapacity / heatTransferCoefficient;
    }
}
