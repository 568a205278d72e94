package dev.drivetwin.fmuvehicle.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sign conventions: positive torque drives, negative regenerates; gearbox loss always reduces the power flow. */
class DrivelineTest {
    private static final VehicleParameters CAR = TestVehicles.of(1800, 0.25, 2.3, 0.008, 9, 0.96, 0.3, 1.04);
    private final Driveline driveline = new Driveline(CAR);

    @Test
    void tractionLosesEfficiencyOnTheWayToTheWheels() {
        // 100 N.m x 9 / 0.3 m = 3000 N ideal; 0.96 of it arrives.
        assertEquals(2880, driveline.wheelForce(100), 1e-9);
    }

    @Test
    void regenLosesEfficiencyOnTheWayToTheMotor() {
        // -100 N.m at the motor needs 3000 / 0.96 N of braking at the wheels: the wheels give more than the motor gets.
        double force = driveline.wheelForce(-100);
        assertEquals(-3000 / 0.96, force, 1e-9);
        double v = 10;
        double wheelPower = force * v;
        double motorPower = -100 * driveline.motorSpeed(v);
        assertTrue(wheelPower < motorPower && motorPower < 0, "regen: |P_wheel| > |P_motor|");
        assertEquals(0.96 * wheelPower, motorPower, 1e-9);
    }

    @Test
    void motorTorqueInvertsWheelForceInBothDirections() {
        assertEquals(123.4, driveline.motorTorque(driveline.wheelForce(123.4)), 1e-12);
        assertEquals(-56.7, driveline.motorTorque(driveline.wheelForce(-56.7)), 1e-12);
    }

    @Test
    void blendingSendsRegenToTheMotorUpToItsLimitAndTheRestToTheBrakes() {
        BrakeBlending blending = new BrakeBlending(driveline, RegenFade.NONE);
        BrakeBlending.Split traction = blending.split(80, 50, 20);
        assertEquals(80, traction.motorTorqueCommand(), 0);
        assertEquals(0, traction.frictionBrakeForce(), 0);
        BrakeBlending.Split within = blending.split(-30, 50, 20);
        assertEquals(-30, within.motorTorqueCommand(), 0);
        assertEquals(0, within.frictionBrakeForce(), 0);
        BrakeBlending.Split beyond = blending.split(-80, 50, 20);
        assertEquals(-50, beyond.motorTorqueCommand(), 0);
        // The wheels see the whole demand: regen part + friction part = braking force of -80 N.m.
        assertEquals(driveline.wheelForce(-80), driveline.wheelForce(-50) - beyond.frictionBrakeForce(), 1e-9);
        assertTrue(beyond.frictionBrakeForce() > 0);
    }
}
