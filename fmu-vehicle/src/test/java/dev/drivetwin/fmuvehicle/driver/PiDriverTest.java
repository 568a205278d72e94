package dev.drivetwin.fmuvehicle.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.cycle.DriveCycle;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.dynamics.RegenFade;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PiDriverTest {
    /** UN GTR No. 15 Annex 6 allows the driven speed to deviate from the trace by 2.0 km/h (and 1 s). */
    private static final double GTR15_SPEED_TOLERANCE = 2.0 / 3.6;

    /** Runs the cycle with a motor that delivers exactly the command; returns the largest |v - v*| [m/s]. */
    private static double maxSpeedError(DrivenVehicle vehicle, double h, double regenLimit) {
        vehicle.initialize(0, regenLimit, 0);
        int steps = (int) Math.round(vehicle.cycle().duration() / h);
        double worst = 0;
        for (int k = 0; k < steps; k++) {
            vehicle.step(k * h, h, vehicle.torqueCommand(), regenLimit, 0);
            worst = Math.max(worst, Math.abs(vehicle.speed() - vehicle.targetSpeed()));
        }
        return worst;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void followsWltcWithinTheRegulationSpeedToleranceWhenTheMotorDeliversTheCommand(String preset) {
        DriveCycle wltc = StandardCycle.WLTC_CLASS3B.load();
        DrivenVehicle vehicle = new DrivenVehicle(VehiclePresets.named(preset), DriverParameters.DEFAULT, wltc, 0.1);
        double worst = maxSpeedError(vehicle, 0.1, 1e9);
        assertTrue(worst < GTR15_SPEED_TOLERANCE, "largest speed error " + worst * 3.6 + " km/h");
        // Driving the cycle covers its distance: the speed error is bounded, so the distance error is at most
        // the tolerance times the duration, and much less because the error changes sign.
        assertEquals(wltc.distance(), vehicle.distance(), GTR15_SPEED_TOLERANCE * wltc.duration());
        // Unlimited regen: the friction brakes act only where the regen fade does, below its full speed. Each time
        // the speed falls below that, they can dissipate at most the kinetic energy left, 1/2 delta m v_full^2.
        double full = RegenFade.DEFAULT.fullSpeed();
        int dips = 0;
        long samples = Math.round(wltc.duration() / 0.1);
        for (long k = 0; k < samples; k++) {
            double t = wltc.startTime() + k * 0.1;
            if (wltc.speedAt(t) >= full && wltc.speedAt(t + 0.1) < full) {
                dips++;
            }
        }
        double bound = dips * 0.5 * vehicle.dynamics().parameters().equivalentMass() * full * full;
        double brake = vehicle.dynamics().brakeLoss();
        assertTrue(brake > 0 && brake <= bound, "friction brake work " + brake + " J, bound " + bound + " J");
    }

    @Test
    void limitedRegenLeavesTheRestToTheFrictionBrakesAndStillFollows() {
        DriveCycle wltc = StandardCycle.WLTC_CLASS3B.load();
        DrivenVehicle vehicle = new DrivenVehicle(VehiclePresets.named("TeslaModel3Rwd2024"),
                DriverParameters.DEFAULT, wltc, 0.1);
        double worst = maxSpeedError(vehicle, 0.1, 30);
        assertTrue(worst < GTR15_SPEED_TOLERANCE, "largest speed error " + worst * 3.6 + " km/h");
        assertTrue(vehicle.dynamics().brakeLoss() > 0, "friction brakes must have worked");
        assertTrue(vehicle.dynamics().wheelWork() > 0);
    }

    @Test
    void integratorDoesNotWindUpWhileTheDemandIsSaturated() {
        DriverParameters gentle = new DriverParameters(2, 1, 0.5, 8);
        PiDriver driver = new PiDriver(VehiclePresets.named("TeslaModel3Rwd2024"), gentle);
        // A 30 m/s error saturates the demand at the acceleration limit; the integral must not grow.
        driver.forceDemand(30, 0, 0, 0);
        assertTrue(driver.saturatedHigh());
        driver.integrate(1, 30);
        assertEquals(0, driver.errorIntegral(), 0);
        // Once out of saturation it integrates again.
        driver.forceDemand(0.01, 0, 0, 0);
        driver.integrate(1, 0.01);
        assertEquals(0.01, driver.errorIntegral(), 1e-15);
    }

    @Test
    void feedForwardAloneHoldsCruiseSpeedOnTheFlat() {
        // Zero error, zero integral: the demand equals the road load at the target speed.
        var car = VehiclePresets.named("KiaEv3LongRange2024");
        PiDriver driver = new PiDriver(car, DriverParameters.DEFAULT);
        var road = new dev.drivetwin.fmuvehicle.dynamics.RoadLoad(car);
        assertEquals(road.total(25, 0), driver.forceDemand(25, 0, 25, 0), 1e-9);
        // Braking demand is negative: a deceleration of 1 m/s^2 at 10 m/s asks for less than the road load gives.
        assertTrue(driver.torqueDemand(10, -1, 10, 0) < 0);
    }
}
