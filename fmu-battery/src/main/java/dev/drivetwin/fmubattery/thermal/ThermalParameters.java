package dev.drivetwin.fmubattery.thermal;

import static dev.drivetwin.fmubattery.BatteryException.requirePositive;
import static dev.drivetwin.fmubattery.BatteryException.requireText;

/**
 * Lumped thermal parameters of one cell.
 *
 * @param heatCapacity m·c_p of the cell [J/K]
 * @param heatTransferCoefficient h·A from the cell to the coolant or ambient [W/K]
 * @param source where the values come from
 */
public record ThermalParameters(double heatCapacity, double heatTransferCoefficient, String source) {
    public ThermalParameters {
        requirePositive("thermal.heatCapacity", heatCapacity);
        requirePositive("thermal.heatTransferCoefficient", heatTransferCoefficient);
        requireText("thermal.source", source);
    }

    /** Thermal time constant m·c_p / (h·A) [s]. */
    public double timeConstant() {
        return heatCapacity / heatTransferCoefficient;
    }
}
