package dev.drivetwin.fmumotorinverter.fmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.fmumotorinverter.drive.DriveModel;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmumotorinverter.drive.DynamicDrive;
import dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.zip.ZipFile;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import org.junit.jupiter.api.Test;

/** The packaged MotorInverter.fmu: a valid model description, and through FMI4j the Java model's numbers. */
class MotorInverterFmuIT {
    private static final SlaveDeclaration DECLARATION = SlaveDeclaration.of(new MotorInverterSlave());
    private static final double STEP = 0.5;
    private static final int STEPS = 400;

    private record Output(String name, ToDoubleFunction<Object[]> direct) {
    }

    private static File fmu() {
        String path = System.getProperty("fmu.file");
        assertTrue(path != null, "system property fmu.file is not set; run the *IT tests through failsafe");
        File file = new File(path);
        assertTrue(file.isFile(), file + " does not exist; the package phase builds it");
        return file;
    }

    private static long vr(String name) {
        for (VariableDeclaration<?> v : DECLARATION.variables()) {
            if (v.name().equals(name)) {
                return v.valueReference();
            }
        }
        throw new AssertionError("no variable " + name);
    }

    @Test
    void packagedDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(fmu()); InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            assertEquals(List.of(), RuleValidator.validate(
                    ModelDescriptionReader.read(in, "MotorInverter.fmu!/modelDescription.xml")));
        }
    }

    /** Inputs at step k: torque beyond both limits, speed through field weakening, a sagging DC link. */
    private static double[] inputs(int k) {
        double torque = k < 150 ? 2000 : k < 250 ? 60 : k < 330 ? -2000 : -40;
        double speed = 1000.0 * Math.min(k, 300) / 300;
        double dcVoltage = 360 - 60.0 * k / STEPS;
        double coolant = 318.15;
        return new double[] {torque, speed, dcVoltage, coolant};
    }

    private static final String[] OUTPUTS = {"shaftTorque", "torque", "dcCurrent", "copperLoss", "ironLoss",
        "mechanicalLoss", "inverterConductionLoss", "inverterSwitchingLoss", "totalLoss", "efficiency",
        "availableTorque", "availableRegenerativeTorque", "deratingFactor", "windingTemperature",
        "magnetTemperature", "junctionTemperature"};

    private static double[] direct(DriveModel drive, DriveOperatingPoint p) {
        return new double[] {p.machine().shaftTorque(), p.machine().torque(), p.dcCurrent(), p.machine().copperLoss(),
            p.machine().ironLoss(), p.machine().mechanicalLoss(), p.inverter().conduction(), p.inverter().switching(),
            p.totalLoss(), p.efficiency(), p.availableTorque(), p.availableRegenerativeTorque(), p.deratingFactor(),
            drive.thermal().windingTemperature(), drive.thermal().magnetTemperature(),
            drive.thermal().junctionTemperature()};
    }

    @Test
    void fmi4jGivesTheJavaModelsOutputs() throws IOException {
        QuasiStaticDrive drive = new QuasiStaticDrive(DrivePresets.load("NissanLeaf2011"));
        drive.initialize(313.15);
        long[] inputRefs = {vr("torqueCommand"), vr("speed"), vr("dcVoltage"), vr("coolantTemperature")};
        long[] outputRefs = new long[OUTPUTS.length];
        for (int i = 0; i < OUTPUTS.length; i++) {
            outputRefs[i] = vr(OUTPUTS[i]);
        }
        double[] read = new double[OUTPUTS.length];
        boolean sawRegen = false;
        boolean sawFieldWeakening = false;
        try (Fmu fmu = Fmu.from(fmu()); CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("motor")) {
            assertTrue(slave.setupExperiment(0, STEP * STEPS, 0), "setupExperiment");
            assertTrue(slave.enterInitializationMode(), "enterInitializationMode");
            assertTrue(slave.exitInitializationMode(), "exitInitializationMode");
            for (int k = 0; k < STEPS; k++) {
                double[] in = inputs(k);
                assertEquals(FmiStatus.OK, slave.writeReal(inputRefs, in), "writeReal at step " + k);
                assertTrue(slave.doStep(k * STEP, STEP), "doStep at step " + k);
                assertEquals(FmiStatus.OK, slave.readReal(outputRefs, read), "readReal at step " + k);
                drive.step(STEP, in[0], in[1], in[2], in[3]);
                DriveOperatingPoint p = drive.evaluate(in[0], in[1], in[2]);
                double[] expected = direct(drive, p);
                for (int i = 0; i < OUTPUTS.length; i++) {
                    assertEquals(expected[i], read[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                            OUTPUTS[i] + " after step " + k);
                }
                sawRegen |= p.dcCurrent() < 0;
                sawFieldWeakening |= p.machine().voltageLimited();
            }
        }
        assertTrue(sawRegen && sawFieldWeakening, "the scenario must cover regeneration and field weakening");
    }

    /**
     * Fidelity 1 through the FMU: the same scenario at 1 ms steps (a 0.3 s speed ramp to 1000 rad/s, so the
     * current loops go through the voltage limit, field weakening and regeneration), with the bandwidth set
     * through its parameter; every output equals a {@link DynamicDrive} stepped directly.
     */
    @Test
    void fmi4jGivesTheDynamicJavaModelsOutputs() throws IOException {
        double step = 1e-3;
        double bandwidth = 2000;
        DynamicDrive drive = new DynamicDrive(DrivePresets.load("NissanLeaf2011"), bandwidth);
        drive.initialize(313.15);
        long[] inputRefs = {vr("torqueCommand"), vr("speed"), vr("dcVoltage"), vr("coolantTemperature")};
        long[] outputRefs = new long[OUTPUTS.length];
        for (int i = 0; i < OUTPUTS.length; i++) {
            outputRefs[i] = vr(OUTPUTS[i]);
        }
        double[] read = new double[OUTPUTS.length];
        boolean sawRegen = false;
        boolean sawVoltageLimit = false;
        try (Fmu fmu = Fmu.from(fmu()); CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("motor")) {
            assertEquals(FmiStatus.OK, slave.writeInteger(new long[] {vr("fidelity")}, new int[] {1}), "fidelity");
            assertEquals(FmiStatus.OK, slave.writeReal(new long[] {vr("currentLoopBandwidth")},
                    new double[] {bandwidth}), "currentLoopBandwidth");
            assertTrue(slave.setupExperiment(0, step * STEPS, 0), "setupExperiment");
            assertTrue(slave.enterInitializationMode(), "enterInitializationMode");
            assertTrue(slave.exitInitializationMode(), "exitInitializationMode");
            for (int k = 0; k < STEPS; k++) {
                double[] in = inputs(k);
                assertEquals(FmiStatus.OK, slave.writeReal(inputRefs, in), "writeReal at step " + k);
                assertTrue(slave.doStep(k * step, step), "doStep at step " + k);
                assertEquals(FmiStatus.OK, slave.readReal(outputRefs, read), "readReal at step " + k);
                drive.step(step, in[0], in[1], in[2], in[3]);
                DriveOperatingPoint p = drive.evaluate(in[0], in[1], in[2]);
                double[] expected = direct(drive, p);
                for (int i = 0; i < OUTPUTS.length; i++) {
                    assertEquals(expected[i], read[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                            OUTPUTS[i] + " after step " + k);
                }
                sawRegen |= p.dcCurrent() < 0;
                sawVoltageLimit |= p.machine().voltageLimited();
            }
        }
        assertTrue(sawRegen && sawVoltageLimit, "the scenario must cover regeneration and the voltage limit");
    }
}
