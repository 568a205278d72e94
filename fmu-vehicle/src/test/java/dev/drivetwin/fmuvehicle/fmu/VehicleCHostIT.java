package dev.drivetwin.fmuvehicle.fmu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.importing.CHostSmoke;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.driver.DrivenVehicle;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vehicle.fmu driven by our C test host, the third importer the foundation tests with ({@link CHostSmoke}): its
 * outputs after the smoke run must equal {@link DrivenVehicle} called directly and stepped the same way, to 1e-12
 * relative as in {@link VehicleScenario}.
 */
class VehicleCHostIT {
    private static final double MAX_INTERNAL_STEP = 0.1; // [s], the start value

    /** Start values: the cycle stands still for its first seconds and the motor gives 0 N.m, so nothing moves. */
    @Test
    void cHostWithStartValuesEqualsTheModelAndRestoresTheStateExactly() throws IOException, InterruptedException {
        Map<String, Double> values = CHostSmoke.assertPasses(VehicleScenario.packagedFmu(), Map.of());
        VehicleScenario.assertOutputsEqual(smokeRun(DriverParameters.DEFAULT, 0, 0, 0), values, "C host");
    }

    /**
     * A driver parameter, and the inputs motorTorque, regenTorqueLimit and roadGrade, set before initialization:
     * the motor pushes the car up the grade although the cycle stands still, so the driver brakes (on the
     * friction brakes alone, as regeneration fades out near standstill), and how hard depends on its natural
     * frequency. The match with the model built with that frequency, and the distance from the default driver's
     * braking, show the parameter reached the driver.
     */
    @Test
    void cHostSetsDriverAndInputsAndEqualsTheModel() throws IOException, InterruptedException {
        DriverParameters driver = new DriverParameters(3, DriverParameters.DEFAULT.dampingRatio(),
                DriverParameters.DEFAULT.maxAcceleration(), DriverParameters.DEFAULT.maxDeceleration());
        double motorTorque = 200; // [N.m]
        double regenTorqueLimit = 60; // [N.m]
        double grade = 0.02; // [rad]
        Map<String, Number> startValues = Map.of("driverNaturalFrequency", driver.naturalFrequency(),
                "motorTorque", motorTorque, "regenTorqueLimit", regenTorqueLimit, "roadGrade", grade);
        Map<String, Double> values = CHostSmoke.assertPasses(VehicleScenario.packagedFmu(), startValues);
        VehicleScenario.assertOutputsEqual(smokeRun(driver, motorTorque, regenTorqueLimit, grade), values, "C host");

        double defaultBrakePower = smokeRun(DriverParameters.DEFAULT, motorTorque, regenTorqueLimit, grade)
                .frictionBrakePower();
        double brakePower = values.get("frictionBrakePower");
        assertTrue(values.get("vehicleSpeed") > 0, "the motor torque moved the car: " + values);
        // some 420 W against 307 W: the stiffer driver brakes harder; the tolerance, 1e-12 relative, is under a nW
        assertTrue(Math.abs(brakePower - defaultBrakePower) > 50, "frictionBrakePower " + brakePower
                + " W must differ from the default driver's " + defaultBrakePower + " W");
    }

    /** {@link DrivenVehicle} as VehicleSlave builds it from its start values, stepped like the C host's run. */
    private static DrivenVehicle smokeRun(DriverParameters driver, double motorTorque, double regenTorqueLimit,
            double grade) {
        DrivenVehicle vehicle = new DrivenVehicle(VehiclePresets.named(VehicleSlave.DEFAULT_PRESET), driver,
                StandardCycle.named(VehicleSlave.DEFAULT_CYCLE).load(), MAX_INTERNAL_STEP);
        vehicle.initialize(0, regenTorqueLimit, grade);
        for (int k = 0; k < CHostSmoke.STEPS; k++) {
            vehicle.step(k * CHostSmoke.STEP_SIZE, CHostSmoke.STEP_SIZE, motorTorque, regenTorqueLimit, grade);
        }
        return vehicle;
    }
}
