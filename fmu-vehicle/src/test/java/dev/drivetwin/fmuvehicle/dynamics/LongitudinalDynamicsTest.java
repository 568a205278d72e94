package dev.drivetwin.fmuvehicle.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.VehicleException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongitudinalDynamicsTest {
    // High drag so that the time scale tau = m / (k v0) is a few seconds and RK4's error is far above round-off.
    private static final VehicleParameters DRAGGY = TestVehicles.of(1000, 1.0, 10.0, 0, 9, 0.95, 0.3, 1.0);

    /** Speed error at T = 10 s when coasting from v0 = 30 m/s against drag only, with steps of h. */
    private static double coastingError(double h) {
        LongitudinalDynamics dynamics = new LongitudinalDynamics(DRAGGY, h);
        double v0 = 30;
        dynamics.reset(v0);
        int steps = (int) Math.round(10 / h);
        for (int i = 0; i < steps; i++) {
            dynamics.step(h, 0, 0, 0);
        }
        double k = dynamics.roadLoad().dragFactor();
        double exact = v0 / (1 + k / DRAGGY.equivalentMass() * v0 * 10);
        return Math.abs(dynamics.speed() - exact);
    }

    @Test
    void coastingAgainstQuadraticDragFollowsTheClosedFormToFourthOrder() {
        // v(t) = v0 / (1 + (k/m) v0 t). k = 0.5 * 1.2 * 10 = 6 kg/m, tau = m / (k v0) = 5.56 s, T = 10 s.
        // Bound: RK4's global error is of order v0 (h/tau)^4 (T/tau); at h = 0.5 s that is 30 * 6.6e-5 * 1.8.
        double tau = DRAGGY.equivalentMass() / (6.0 * 30);
        double h = 0.5;
        double error = coastingError(h);
        assertTrue(error < 30 * Math.pow(h / tau, 4) * (10 / tau), "error " + error + " m/s at h = " + h);
        // Halving h must cut the error about 2^4 = 16 times for a fourth-order method; allow 12..20 for the
        // higher-order terms still present at h/tau = 0.09.
        double ratio = error / coastingError(h / 2);
        assertTrue(ratio > 12 && ratio < 20, "error ratio h/(h/2) = " + ratio);
        double ratio2 = coastingError(h / 2) / coastingError(h / 4);
        assertTrue(ratio2 > 12 && ratio2 < 20, "error ratio h/2 / h/4 = " + ratio2);
    }

    @Test
    void holdsSpeedOnAConstantGradeWhenTheWheelForceBalancesTheRoadLoad() {
        VehicleParameters car = TestVehicles.of(1800, 0.25, 2.3, 0.008, 9, 0.97, 0.33, 1.04);
        LongitudinalDynamics dynamics = new LongitudinalDynamics(car, 0.1);
        double v0 = 20;
        double grade = Math.atan(0.06); // 6 % uphill
        double force = dynamics.roadLoad().total(v0, grade);
        double torque = dynamics.driveline().motorTorque(force);
        dynamics.reset(v0);
        for (int i = 0; i < 1000; i++) {
            dynamics.step(0.1, torque, 0, grade);
        }
        // dv/dt is zero up to the round-off of F -> T -> F (a few ulp of 1e3 N over 1.9e3 kg): 100 s x 1e-15.
        assertEquals(v0, dynamics.speed(), 1e-10);
        assertEquals(v0 * 100, dynamics.distance(), 1e-7);
        // Potential energy gained: m g sin(theta) x distance.
        assertEquals(1800 * RoadLoad.STANDARD_GRAVITY * Math.sin(grade) * 2000, dynamics.gradeWork(), 1e-6);
    }

    @Test
    void brakingToRestStopsAtTheExactDistanceAndStays() {
        // Brake force only: constant deceleration a = F / m, so v0^2 / (2a) is exact and RK4 is exact for it; the
        // stop event is located to 1e-12 s, which moves the distance by under v * 1e-12.
        VehicleParameters car = TestVehicles.of(1000, 0.3, 2.0, 0, 9, 0.95, 0.3, 1.0);
        LongitudinalDynamics dynamics = new LongitudinalDynamics(new VehicleParameters("still air", 1000, 1e-300,
                1e-300, 0, 9, 0.95, 0.3, 1.0, 1.2, "test", car.citations()), 0.1);
        dynamics.reset(10);
        for (int i = 0; i < 50; i++) {
            dynamics.step(0.1, 0, 2000, 0); // a = 2 m/s^2: stops at t = 5 s, after 25 m
        }
        // v reaches 0 exactly at the end of step 50; 10 - 50 x 0.2 leaves round-off of a few ulp of 10 m/s.
        assertEquals(0, dynamics.speed(), 1e-12);
        assertEquals(25, dynamics.distance(), 1e-9);
        assertEquals(0.5 * 1000 * 100, dynamics.brakeLoss(), 1e-6);
        for (int i = 0; i < 10; i++) {
            dynamics.step(0.1, 0, 2000, 0);
        }
        assertEquals(25, dynamics.distance(), 1e-9, "held at rest by the brake");
        assertEquals(0, dynamics.speed(), 0, "the stop event sets the speed to exactly zero");
    }

    @Test
    void energyBalanceHoldsPerStep() {
        // W_wheel = dE_kin + E_roll + E_aero + E_grade + E_brake, to 1e-6 of the largest term, each step, over
        // random traction, regen, braking and grades. The integrals are states of the same RK4 step, so the
        // balance is off only by RK4's local error in the quadratic E_kin: O(h^5), far below 1e-6.
        VehicleParameters car = TestVehicles.of(1800, 0.25, 2.3, 0.008, 9, 0.97, 0.33, 1.04);
        LongitudinalDynamics dynamics = new LongitudinalDynamics(car, 0.05);
        dynamics.reset(15);
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            double torque = random.nextDouble() * 700 - 300;
            double brake = random.nextDouble() < 0.2 ? random.nextDouble() * 3000 : 0;
            double grade = (random.nextDouble() - 0.5) * 0.1;
            double[] before = dynamics.state();
            double kinetic = dynamics.kineticEnergy();
            dynamics.step(0.1, torque, brake, grade);
            double[] after = dynamics.state();
            double wheel = after[LongitudinalDynamics.WHEEL_WORK] - before[LongitudinalDynamics.WHEEL_WORK];
            double losses = 0;
            double scale = Math.abs(wheel) + Math.abs(dynamics.kineticEnergy() - kinetic);
            for (int k = LongitudinalDynamics.ROLLING_LOSS; k <= LongitudinalDynamics.BRAKE_LOSS; k++) {
                losses += after[k] - before[k];
                scale += Math.abs(after[k] - before[k]);
            }
            double imbalance = wheel - (dynamics.kineticEnergy() - kinetic) - losses;
            assertTrue(Math.abs(imbalance) <= 1e-6 * scale + 1e-9, "step " + i + ": imbalance " + imbalance
                    + " J of " + scale + " J");
        }
    }

    @Test
    void rejectsABadStepNamingTheField() {
        LongitudinalDynamics dynamics = new LongitudinalDynamics(DRAGGY, 0.1);
        VehicleException e = assertThrows(VehicleException.class, () -> dynamics.step(0.1, 0, -1, 0));
        assertTrue(e.getMessage().contains("frictionBrakeForce"), e.getMessage());
    }
}
