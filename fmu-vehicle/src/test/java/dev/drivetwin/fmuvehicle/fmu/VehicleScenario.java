package dev.drivetwin.fmuvehicle.fmu;

import dev.drivetwin.fmuexport.importing.ImportedFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.driver.DrivenVehicle;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run every importer IT of Vehicle.fmu repeats: the Kia preset on the UDDS (not the defaults), 0.1 s steps,
 * a motor that delivers the command and can regenerate 60 N.m, a 2 % grade after 300 s; 600 s of the cycle,
 * compared before the first and after every step with {@link DrivenVehicle} called directly and stepped from the
 * communication point the importer actually sent (JavaFMI sends its running sum of steps, and the slave takes
 * that as its time). The same arithmetic on the same inputs in the same JVM, so 1e-12 relative is only a margin
 * for nothing (the values are expected to be bit-identical).
 */
final class VehicleScenario {
    private static final String[] OUTPUTS = {"vehicleSpeed", "targetSpeed", "distance", "motorSpeed",
        "torqueCommand", "tractiveForce", "wheelPower", "frictionBrakePower"};
    private static final int TORQUE_COMMAND = 4; // index in OUTPUTS
    private static final double STEP = 0.1; // [s]
    private static final int STEPS = 6000;
    private static final double REGEN_TORQUE_LIMIT = 60; // [N.m]
    private static final double MAX_INTERNAL_STEP = 0.05; // [s]

    private VehicleScenario() {
    }

    /** Vehicle.fmu, packaged in this build; failsafe passes its path as system property fmu.file. */
    static File packagedFmu() {
        String file = System.getProperty("fmu.file");
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), "Vehicle.fmu not found at " + file
                + "; run the *IT tests through failsafe after the package phase");
        return new File(file);
    }

    /** Runs the scenario on {@code fmu}, a fresh instance, and asserts every output at every step. */
    static void assertRunEqualsTheModelRunDirectly(ImportedFmu fmu, String importer) {
        DrivenVehicle reference = new DrivenVehicle(VehiclePresets.named("KiaEv3LongRange2024"),
                DriverParameters.DEFAULT, StandardCycle.UDDS.load(), MAX_INTERNAL_STEP);
        reference.initialize(0, REGEN_TORQUE_LIMIT, 0);
        fmu.writeString(new String[] {"preset", "driveCycle"}, new String[] {"KiaEv3LongRange2024", "UDDS"});
        fmu.writeReal(new String[] {"maxInternalStep", "regenTorqueLimit"},
                new double[] {MAX_INTERNAL_STEP, REGEN_TORQUE_LIMIT});
        fmu.initialize(0, STEPS * STEP);
        String[] inputs = {"motorTorque", "roadGrade"};
        double maxBrakePower = 0;
        for (int k = 0; k < STEPS; k++) {
            double[] out = fmu.readReal(OUTPUTS);
            assertSame(direct(reference), out, k, importer);
            double grade = k * STEP >= 300 ? Math.atan(0.02) : 0;
            fmu.writeReal(inputs, new double[] {out[TORQUE_COMMAND], grade});
            // The drive cycle is read at the slave's time, which is the communication point the importer sent.
            double sent = fmu.doStep(k * STEP, STEP);
            reference.step(sent, STEP, reference.torqueCommand(), REGEN_TORQUE_LIMIT, grade);
            maxBrakePower = Math.max(maxBrakePower, reference.frictionBrakePower());
        }
        assertSame(direct(reference), fmu.readReal(OUTPUTS), STEPS, importer);
        assertNotEquals(0, maxBrakePower, "the run must exercise the friction brakes, or it proves less");
        assertTrue(reference.distance() > 3000, "600 s of UDDS cover several km");
    }

    /**
     * Asserts that {@code values}, outputs of Vehicle.fmu by name as an importer read them, equal those of
     * {@code direct}, the model stepped the same way, to 1e-12 relative as in the run above.
     */
    static void assertOutputsEqual(DrivenVehicle direct, Map<String, Double> values, String importer) {
        double[] expected = direct(direct);
        for (int i = 0; i < OUTPUTS.length; i++) {
            Double actual = values.get(OUTPUTS[i]);
            assertTrue(actual != null, importer + " read no " + OUTPUTS[i]);
            assertEquals(expected[i], actual, 1e-12 * Math.max(1, Math.abs(expected[i])), importer + ": "
                    + OUTPUTS[i]);
        }
    }

    private static double[] direct(DrivenVehicle v) {
        return new double[] {v.speed(), v.targetSpeed(), v.distance(), v.motorSpeed(), v.torqueCommand(),
            v.tractiveForce(), v.wheelPower(), v.frictionBrakePower()};
    }

    private static void assertSame(double[] expected, double[] actual, int step, String importer) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                    importer + ": " + OUTPUTS[i] + " after step " + step);
        }
    }
}
