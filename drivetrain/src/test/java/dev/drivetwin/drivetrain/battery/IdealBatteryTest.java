package dev.drivetwin.drivetrain.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.drivetrain.DrivetrainException;
import org.junit.jupiter.api.Test;

class IdealBatteryTest {

    @Test
    void terminalVoltageFallsLinearlyWithDischargeCurrent() {
        IdealBattery battery = new IdealBattery(350, 0.1);
        assertEquals(350, battery.terminalVoltage(0), 0);
        assertEquals(340, battery.terminalVoltage(100), 1e-12);
        assertEquals(360, battery.terminalVoltage(-100), 1e-12);
    }

    @Test
    void constantCurrentDrawsEnergyLinearlyInTime() {
        // 100 A for 3600 steps of 1 s at E = 350 V, R = 0.1 Ohm: E.I.t = 126 MJ, R.I^2.t = 3.6 MJ, terminal 122.4 MJ.
        // Each step books exactly representable products; the sum of 3600 equal terms is exact to a few ulp.
        IdealBattery battery = new IdealBattery(350, 0.1);
        for (int k = 0; k < 3600; k++) {
            battery.deliver(100, 1);
        }
        assertEquals(126e6, battery.openCircuitEnergyDrawn(), 126e6 * 1e-13);
        assertEquals(3.6e6, battery.resistiveLoss(), 3.6e6 * 1e-13);
        assertEquals(122.4e6, battery.terminalEnergyDrawn(), 122.4e6 * 1e-13);
        assertEquals(0, battery.openCircuitEnergyRegenerated(), 0);
        assertEquals(0, battery.terminalEnergyRegenerated(), 0);
    }

    @Test
    void regenerationIsCountedApartAndCostsResistiveLossToo() {
        // Charging at -100 A: the terminals take in (E + R.|I|).|I|.h, the open circuit stores E.|I|.h, and the
        // difference R.I^2.h is lost, so charging and discharging both dissipate.
        IdealBattery battery = new IdealBattery(350, 0.1);
        battery.deliver(-100, 2);
        assertEquals(2 * 360 * 100, battery.terminalEnergyRegenerated(), 1e-9);
        assertEquals(2 * 350 * 100, battery.openCircuitEnergyRegenerated(), 1e-9);
        assertEquals(2 * 0.1 * 100 * 100, battery.resistiveLoss(), 1e-9);
        assertEquals(-70000, battery.netOpenCircuitEnergy(), 1e-9);
    }

    @Test
    void openCircuitEnergyIsTerminalEnergyPlusLossInBothDirections() {
        IdealBattery battery = new IdealBattery(320, 0.07);
        double[] currents = {250, -180, 3.5, -0.25, 600, -420};
        for (double current : currents) {
            battery.deliver(current, 0.05);
        }
        double balance = battery.netOpenCircuitEnergy()
                - (battery.terminalEnergyDrawn() - battery.terminalEnergyRegenerated() + battery.resistiveLoss());
        assertEquals(0, balance, 1e-12 * (battery.openCircuitEnergyDrawn() + battery.openCircuitEnergyRegenerated()));
    }

    @Test
    void rejectsBadParametersNamingTheField() {
        DrivetrainException voltage = assertThrows(DrivetrainException.class, () -> new IdealBattery(Double.NaN, 0));
        assertTrue(voltage.getMessage().contains("openCircuitVoltage"), voltage.getMessage());
        DrivetrainException resistance = assertThrows(DrivetrainException.class, () -> new IdealBattery(350, -0.1));
        assertTrue(resistance.getMessage().contains("internalResistance = -0.1"), resistance.getMessage());
        DrivetrainException step = assertThrows(DrivetrainException.class,
                () -> new IdealBattery(350, 0).deliver(1, 0));
        assertTrue(step.getMessage().contains("step"), step.getMessage());
    }
}
