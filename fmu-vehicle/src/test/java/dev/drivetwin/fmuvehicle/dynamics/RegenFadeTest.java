package dev.drivetwin.fmuvehicle.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.VehicleException;
import org.junit.jupiter.api.Test;

class RegenFadeTest {
    private static final RegenFade FADE = new RegenFade(2, 4);
    private final Driveline driveline = new Driveline(TestVehicles.of(1500, 0.3, 2.0, 0.01, 9, 0.95, 0.33, 1.03));
    private final BrakeBlending blending = new BrakeBlending(driveline, FADE);

    @Test
    void factorIsZeroBelowFullAboveAndLinearBetween() {
        assertEquals(0, FADE.factor(0), 0);
        assertEquals(0, FADE.factor(2), 0);
        assertEquals(0.25, FADE.factor(2.5), 1e-15);
        assertEquals(0.5, FADE.factor(3), 1e-15);
        assertEquals(1, FADE.factor(4), 0);
        assertEquals(1, FADE.factor(40), 0);
        assertEquals(0, RegenFade.NONE.factor(0), 0);
        assertEquals(1, RegenFade.NONE.factor(1e-3), 0);
        assertEquals(5 / 3.6, RegenFade.DEFAULT.zeroSpeed(), 1e-15);
        assertEquals(15 / 3.6, RegenFade.DEFAULT.fullSpeed(), 1e-15);
    }

    @Test
    void belowTheFadeEveryBrakingDemandGoesToTheFrictionBrakes() {
        BrakeBlending.Split split = blending.split(-60, 100, 1.5);
        assertEquals(0, split.motorTorqueCommand(), 0);
        assertEquals(driveline.brakeForceFor(-60), split.frictionBrakeForce(), 1e-12);
    }

    @Test
    void withinTheFadeTheRegenLimitScalesAndTheBrakesTakeTheRest() {
        // at 3 m/s half of the 100 N.m limit is usable: a -80 N.m demand is -50 regen and -30 friction
        BrakeBlending.Split split = blending.split(-80, 100, 3);
        assertEquals(-50, split.motorTorqueCommand(), 1e-12);
        assertEquals(driveline.brakeForceFor(-30), split.frictionBrakeForce(), 1e-12);
    }

    /**
     * Sign conventions and the balance of the split at any speed: the motor command is never positive while
     * braking and never below the faded limit, the friction force is never negative, and regen plus friction give
     * the wheels exactly the force the demand asks for (round-off of a few products).
     */
    @Test
    void regenPlusFrictionIsTheDemandAtEverySpeed() {
        for (int k = 0; k <= 60; k++) {
            double speed = 0.1 * k;
            for (double demand : new double[] {-150, -60, -5, 0, 30}) {
                BrakeBlending.Split split = blending.split(demand, 100, speed);
                assertTrue(split.frictionBrakeForce() >= 0, "friction force is a magnitude");
                if (demand < 0) {
                    assertTrue(split.motorTorqueCommand() <= 0, "no traction while braking");
                    assertTrue(-split.motorTorqueCommand() <= 100 * FADE.factor(speed) + 1e-12, "faded limit");
                } else {
                    assertEquals(demand, split.motorTorqueCommand(), 0);
                }
                double wheels = driveline.wheelForce(split.motorTorqueCommand()) - split.frictionBrakeForce();
                assertEquals(driveline.wheelForce(demand), wheels, 1e-12 * 1e4, "v = " + speed + ", T = " + demand);
            }
        }
    }

    @Test
    void rejectsAFadeThatEndsBeforeItStarts() {
        assertThrows(VehicleException.class, () -> new RegenFade(3, 3));
        assertThrows(VehicleException.class, () -> new RegenFade(-1, 3));
        assertThrows(VehicleException.class, () -> new RegenFade(Double.NaN, 3));
    }
}
