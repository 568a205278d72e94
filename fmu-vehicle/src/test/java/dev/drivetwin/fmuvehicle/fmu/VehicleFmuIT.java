package dev.drivetwin.fmuvehicle.fmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.driver.DrivenVehicle;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import org.junit.jupiter.api.Test;

/**
 * target/Vehicle.fmu, packaged in the package phase, validated by our RuleValidator and run through FMI4j
 * against {@link DrivenVehicle} called directly: the same arithmetic in the same JVM, so 1e-12 is only a margin
 * for nothing (the values are expected to be bit-identical).
 */
class VehicleFmuIT {
    // Real value references, in declaration order in VehicleSlave.declare.
    private static final long MAX_INTERNAL_STEP = 4;
    private static final long MOTOR_TORQUE = 5;
    private static final long REGEN_TORQUE_LIMIT = 6;
    private static final long ROAD_GRADE = 7;
    private static final long[] OUTPUTS = {8, 9, 10, 11, 12, 13, 14, 15};
    private static final String[] OUTPUT_NAMES = {"vehicleSpeed", "targetSpeed", "distance", "motorSpeed",
        "torqueCommand", "tractiveForce", "wheelPower", "frictionBrakePower"};
    private static final long PRESET = 0;
    private static final long DRIVE_CYCLE = 1;

    private static File fmu() {
        String file = System.getProperty("fmu.file");
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), "Vehicle.fmu not found at " + file
                + "; run the *IT tests through failsafe after the package phase");
        return new File(file);
    }

    @Test
    void packagedDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(fmu());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            ModelDescription description = ModelDescriptionReader.read(in, "Vehicle.fmu!/modelDescription.xml");
            assertEquals(List.of(), RuleValidator.validate(description));
            assertEquals("Vehicle", description.modelName());
        }
    }

    private static double[] direct(DrivenVehicle v) {
        return new double[] {v.speed(), v.targetSpeed(), v.distance(), v.motorSpeed(), v.torqueCommand(),
            v.tractiveForce(), v.wheelPower(), v.frictionBrakePower()};
    }

    @Test
    void matchesTheJavaModelRunDirectly() throws IOException {
        // The Kia preset on the UDDS (not the defaults), 0.1 s steps, a motor that delivers the command and can
        // regenerate 60 N.m, a 2 % grade after 300 s; 600 s of the cycle.
        double h = 0.1;
        double regen = 60;
        int steps = 6000;
        DrivenVehicle reference = new DrivenVehicle(VehiclePresets.named("KiaEv3LongRange2024"),
                DriverParameters.DEFAULT, StandardCycle.UDDS.load(), 0.05);
        reference.initialize(0, regen, 0);
        try (Fmu fmu = Fmu.from(fmu()); CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("vehicle")) {
            ok(slave.writeString(new long[] {PRESET, DRIVE_CYCLE}, new String[] {"KiaEv3LongRange2024", "UDDS"}));
            ok(slave.writeReal(new long[] {MAX_INTERNAL_STEP, REGEN_TORQUE_LIMIT}, new double[] {0.05, regen}));
            assertTrue(slave.setupExperiment(0, steps * h, 0), "setupExperiment");
            assertTrue(slave.enterInitializationMode(), "enterInitializationMode");
            assertTrue(slave.exitInitializationMode(), "exitInitializationMode");
            double[] out = new double[OUTPUTS.length];
            double maxBrakePower = 0;
            for (int k = 0; k < steps; k++) {
                ok(slave.readReal(OUTPUTS, out));
                assertSame(direct(reference), out, k);
                double grade = k * h >= 300 ? Math.atan(0.02) : 0;
                double torque = out[4];
                ok(slave.writeReal(new long[] {MOTOR_TORQUE, ROAD_GRADE}, new double[] {torque, grade}));
                assertTrue(slave.doStep(k * h, h), "doStep at " + k * h);
                ok(slave.getLastStatus());
                reference.step(k * h, h, reference.torqueCommand(), regen, grade);
                maxBrakePower = Math.max(maxBrakePower, reference.frictionBrakePower());
            }
            ok(slave.readReal(OUTPUTS, out));
            assertSame(direct(reference), out, steps);
            assertNotEquals(0, maxBrakePower, "the run must exercise the friction brakes, or it proves less");
            assertTrue(reference.distance() > 3000, "600 s of UDDS cover several km");
        }
    }

    @Test
    void unknownPresetIsAnErrorNamingTheKnownOnes() throws IOException {
        try (Fmu fmu = Fmu.from(fmu()); CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("bad")) {
            assertEquals(FmiStatus.Error, slave.writeString(new long[] {PRESET}, new String[] {"Model Y"}));
        }
    }

    private static void assertSame(double[] expected, double[] actual, int step) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                    OUTPUT_NAMES[i] + " after step " + step);
        }
    }

    private static void ok(FmiStatus status) {
        assertEquals(FmiStatus.OK, status);
    }
}
