package dev.drivetwin.fmubattery.aging;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;

/**
 * Which aging law a cell follows.
 *
 * @param model the law; its constants are the published ones, cited in its class
 * @param source why this law fits this cell
 */
public record AgingParameters(AgingModelKind model, String source) {
    public AgingParameters {
        if (model == null) {
            throw new BatteryException(BatteryError.BLANK, "aging.model");
        }
        BatteryException.requireText("aging.source", source);
    }
}
