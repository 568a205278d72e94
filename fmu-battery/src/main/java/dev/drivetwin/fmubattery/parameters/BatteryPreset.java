package dev.drivetwin.fmubattery.parameters;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.aging.AgingParameters;
import dev.drivetwin.fmubattery.cell.CellParameters;
import dev.drivetwin.fmubattery.pack.PackParameters;
import dev.drivetwin.fmubattery.thermal.ThermalParameters;

/**
 * A complete battery: cell, pack topology, thermal and aging parameters, with its source. Loaded from
 * {@code dev/drivetwin/fmubattery/parameters/<Name>.json} by {@link Presets}.
 */
public record BatteryPreset(String source, CellParameters cell, PackParameters pack, ThermalParameters thermal,
        AgingParameters aging) {
    public BatteryPreset {
        BatteryException.requireText("source", source);
        require("cell", cell);
        require("pack", pack);
        require("thermal", thermal);
        require("aging", aging);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new BatteryException(BatteryError.BLANK, field);
        }
    }

    public BatteryPreset withCell(CellParameters newCell) {
        return new BatteryPreset(source, newCell, pack, thermal, aging);
    }
}
