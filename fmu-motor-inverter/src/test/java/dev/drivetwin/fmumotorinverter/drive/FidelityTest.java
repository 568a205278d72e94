package dev.drivetwin.fmumotorinverter.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import org.junit.jupiter.api.Test;

class FidelityTest {

    @Test
    void levelsBuildTheirDrivesAndZeroBandwidthMeansTheRuleOfThumb() {
        DrivePreset leaf = DrivePresets.load("NissanLeaf2011");
        assertInstanceOf(QuasiStaticDrive.class, Fidelity.of(0).create(leaf, 0));
        DynamicDrive ruleOfThumb = assertInstanceOf(DynamicDrive.class, Fidelity.of(1).create(leaf, 0));
        // 2 pi 5 kHz / 20
        assertEquals(2 * Math.PI * 5000 / 20, ruleOfThumb.controller().bandwidth(), 1e-12);
        DynamicDrive chosen = assertInstanceOf(DynamicDrive.class, Fidelity.of(1).create(leaf, 1234.5));
        assertEquals(1234.5, chosen.controller().bandwidth(), 0);
    }

    @Test
    void unknownLevelIsRefusedNamingTheLevelsThatExist() {
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> Fidelity.of(2));
        assertEquals(MotorInverterError.OUT_OF_RANGE, e.error());
        assertEquals("fidelity must lie in {0 (quasi-static), 1 (dynamic dq)}, was 2", e.getMessage());
    }
}
