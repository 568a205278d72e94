package dev.drivetwin.fmumotorinverter.inverter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.MotorInverterException;
import org.junit.jupiter.api.Test;

class InverterLossesTest {
    private static InverterParameters mosfet(double r) {
        return new InverterParameters(0, r, 0, r, 0, 0, 400, 600, 10_000, 298.15, 0, 0);
    }

    private static final InverterParameters IGBT =
            new InverterParameters(0.8, 0.0019, 0.9, 0.0015, 0.020, 0.006, 300, 400, 5000, 398.15, 0.004, 0.003);

    @Test
    void ohmicDevicesLoseOnePointFiveRTimesCurrentSquaredWhateverTheModulation() {
        // Each leg carries its phase current through one device at every instant: average r i^2 = r I^2 / 2 per
        // leg, 1.5 r I^2 for three legs, independent of how the current divides between switch and diode.
        double r = 0.002;
        for (double mc : new double[] {-1, -0.3, 0, 0.5, 1}) {
            InverterLosses losses = InverterLosses.of(mosfet(r), 500, Math.abs(mc), Math.signum(mc) == 0 ? 0 : Math.signum(mc), 400, 298.15);
            assertEquals(1.5 * r * 500 * 500, losses.conduction(), 1e-12 * losses.conduction());
        }
    }

    @Test
    void regenerationMovesConductionFromSwitchesToDiodes() {
        InverterParameters symmetric = new InverterParameters(0.8, 0.002, 0.8, 0.002, 0, 0, 300, 400, 5000, 398.15, 0, 0);
        InverterLosses motoring = InverterLosses.of(symmetric, 300, 0.9, 0.85, 360, 398.15);
        InverterLosses regenerating = InverterLosses.of(symmetric, 300, 0.9, -0.85, 360, 398.15);
        assertEquals(motoring.switchConduction(), regenerating.diodeConduction(), 1e-12);
        assertEquals(motoring.diodeConduction(), regenerating.switchConduction(), 1e-12);
        assertTrue(motoring.switchConduction() > motoring.diodeConduction());
    }

    @Test
    void switchingLossScalesWithFrequencyVoltageAndCurrent() {
        InverterLosses reference = InverterLosses.of(IGBT, 400, 0.8, 0.9, 300, 398.15);
        // 6 f E_sw I / (pi I_ref) at the reference point
        assertEquals(6 * 5000 * 0.020 / Math.PI, reference.switchSwitching(), 1e-12);
        assertEquals(6 * 5000 * 0.006 / Math.PI, reference.diodeSwitching(), 1e-12);
        InverterLosses doubled = InverterLosses.of(IGBT, 200, 0.8, 0.9, 600, 398.15);
        assertEquals(reference.switching(), doubled.switching(), 1e-12, "I/2 and 2 Vdc cancel");
        InverterLosses hot = InverterLosses.of(IGBT, 400, 0.8, 0.9, 300, 398.15 + 25);
        assertEquals(reference.switching() * (1 + 0.003 * 25), hot.switching(), 1e-12);
    }

    @Test
    void badArgumentsNameTheArgument() {
        MotorInverterException e = assertThrows(MotorInverterException.class,
                () -> InverterLosses.of(IGBT, 100, 1.3, 0.9, 300, 300));
        assertTrue(e.getMessage().contains("modulationIndex"), e.getMessage());
        e = assertThrows(MotorInverterException.class,
                () -> new InverterParameters(0.8, -1, 0.9, 0.0015, 0.02, 0.006, 300, 400, 5000, 398.15, 0, 0));
        assertTrue(e.getMessage().contains("inverter.switchOnResistance"), e.getMessage());
    }
}
