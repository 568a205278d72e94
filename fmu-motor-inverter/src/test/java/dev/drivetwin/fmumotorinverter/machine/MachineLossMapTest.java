package dev.drivetwin.fmumotorinverter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmumotorinverter.drive.LossModel;
import dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive;
import org.junit.jupiter.api.Test;

class MachineLossMapTest {
    private static final double[] SPEEDS = {0, 200, 500, 1100};
    private static final double[] TORQUES = {0, 100, 300};

    /** A bilinear function of |w| and |T| that bilinear interpolation must reproduce to round-off. */
    private static double bilinear(double w, double t) {
        return 50 + 0.4 * w + 3 * t + 0.01 * w * t;
    }

    private static LossMapParameters map() {
        double[][] losses = new double[SPEEDS.length][TORQUES.length];
        for (int i = 0; i < SPEEDS.length; i++) {
            for (int j = 0; j < TORQUES.length; j++) {
                losses[i][j] = bilinear(SPEEDS[i], TORQUES[j]);
            }
        }
        return new LossMapParameters(SPEEDS, TORQUES, losses);
    }

    @Test
    void reproducesBilinearDataInBothSignsAndClampsOutsideTheGrid() {
        MachineLossMap map = new MachineLossMap(map());
        for (double w : new double[] {0, 37.5, 333, 1099}) {
            for (double t : new double[] {0, 12, 250}) {
                assertEquals(bilinear(w, t), map.loss(w, t), 1e-9);
                assertEquals(bilinear(w, t), map.loss(-w, -t), 1e-9, "symmetric in the signs");
            }
        }
        assertEquals(bilinear(1100, 300), map.loss(5000, 900), 1e-9, "clamped, not extrapolated");
    }

    @Test
    void mapDriveKeepsTheEnergyBalance() {
        DrivePreset leaf = DrivePresets.load("NissanLeaf2011");
        DrivePreset mapped = new DrivePreset(leaf.name(), leaf.source(), leaf.sources(), leaf.nominalDcVoltage(),
                LossModel.MAP, leaf.machine(), leaf.inverter(), leaf.thermal(), map());
        QuasiStaticDrive drive = new QuasiStaticDrive(mapped);
        drive.initialize(313.15);
        for (double torque : new double[] {150, -150}) {
            DriveOperatingPoint p = drive.evaluate(torque, 400, 360);
            assertEquals(bilinear(400, 150), p.machine().mapLoss(), 1e-9);
            assertEquals(p.machine().shaftPower() + p.machine().mapLoss() + p.inverter().total(), p.dcPower(),
                    1e-12 * Math.abs(p.dcPower()));
        }
    }

    @Test
    void unsortedAxisIsRefusedNamingTheElement() {
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> new LossMapParameters(
                new double[] {0, 300, 200}, TORQUES, new double[3][3]));
        assertTrue(e.getMessage().contains("lossMap.speeds[2]"), e.getMessage());
    }
}
