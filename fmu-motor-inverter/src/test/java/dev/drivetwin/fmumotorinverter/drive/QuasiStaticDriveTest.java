package dev.drivetwin.fmumotorinverter.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuasiStaticDriveTest {

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void dcPowerEqualsShaftPowerPlusEveryLossMotoringAndRegenerating(String name) {
        QuasiStaticDrive drive = new QuasiStaticDrive(DrivePresets.load(name));
        drive.initialize(313.15);
        double base = drive.preset().machine().baseSpeed();
        double v = drive.preset().nominalDcVoltage();
        for (double torque : new double[] {200, -200, 30, -30}) {
            for (double speed : new double[] {0.5 * base, 2 * base}) {
                DriveOperatingPoint p = drive.step(1, torque, speed, v, 313.15);
                var m = p.machine();
                double losses = m.copperLoss() + m.ironLoss() + m.mechanicalLoss() + m.mapLoss()
                        + p.inverter().switchConduction() + p.inverter().diodeConduction()
                        + p.inverter().switchSwitching() + p.inverter().diodeSwitching();
                assertEquals(m.shaftPower() + losses, p.dcPower(), 1e-6 * Math.abs(p.dcPower()),
                        name + " T=" + torque + " w=" + speed);
                assertTrue(p.efficiency() > 0.5 && p.efficiency() < 1, "efficiency " + p.efficiency());
                assertEquals(Math.signum(torque), Math.signum(p.dcCurrent()), "DC current sign");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void sustainedPeakTorqueHeatsTheDriveUntilDeratingCutsTheAvailableTorque(String name) {
        QuasiStaticDrive drive = new QuasiStaticDrive(DrivePresets.load(name));
        drive.initialize(333.15);
        double speed = drive.preset().machine().baseSpeed();
        double v = drive.preset().nominalDcVoltage();
        DriveOperatingPoint first = drive.evaluate(1e4, speed, v);
        assertEquals(1, first.deratingFactor(), 0);
        DriveOperatingPoint last = first;
        for (int k = 0; k < 3600; k++) {
            last = drive.step(1, 1e4, speed, v, 333.15);
        }
        assertTrue(last.deratingFactor() < 1, name + ": derating " + last.deratingFactor());
        assertTrue(last.availableTorque() < first.availableTorque());
        assertEquals(last.availableTorque(), last.machine().torque(), 1e-6 * first.availableTorque(),
                "the command is limited to the derated available torque");
    }
}
