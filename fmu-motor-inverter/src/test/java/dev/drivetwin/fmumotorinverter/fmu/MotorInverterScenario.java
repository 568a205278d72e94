package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.importing.ImportedFmu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.drive.DriveModel;
import dev.drivetwin.fmumotorinverter.drive.DriveOperatingPoint;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmumotorinverter.drive.DynamicDrive;
import dev.drivetwin.fmumotorinverter.drive.QuasiStaticDrive;
import java.io.File;
import java.util.Map;

/**
 * The runs every importer IT of MotorInverter.fmu repeats, each compared after every step with the Java model
 * stepped directly: the FMU runs the same Java code with the same inputs in the same order, so outputs must agree
 * to 1e-12 relative (in practice bit for bit).
 */
final class MotorInverterScenario {
    private static final int STEPS = 400;
    private static final String[] INPUTS = {"torqueCommand", "speed", "dcVoltage", "coolantTemperature"};
    private static final String[] OUTPUTS = {"shaftTorque", "torque", "dcCurrent", "copperLoss", "ironLoss",
        "mechanicalLoss", "inverterConductionLoss", "inverterSwitchingLoss", "totalLoss", "efficiency",
        "availableTorque", "availableRegenerativeTorque", "deratingFactor", "windingTemperature",
        "magnetTemperature", "junctionTemperature"};

    private MotorInverterScenario() {
    }

    /** MotorInverter.fmu, packaged in this build; failsafe passes its path as system property fmu.file. */
    static File packagedFmu() {
        String path = System.getProperty("fmu.file");
        assertTrue(path != null, "system property fmu.file is not set; run the *IT tests through failsafe");
        File file = new File(path);
        assertTrue(file.isFile(), file + " does not exist; the package phase builds it");
        return file;
    }

    /** Fidelity 0 (the default) at 0.5 s steps against {@link QuasiStaticDrive}. */
    static void assertQuasiStaticRunEqualsTheModel(ImportedFmu fmu, String importer) {
        QuasiStaticDrive drive = new QuasiStaticDrive(DrivePresets.load("NissanLeaf2011"));
        Coverage seen = run(fmu, drive, 0.5, importer);
        assertTrue(seen.regeneration && seen.voltageLimit,
                "the scenario must cover regeneration and field weakening");
    }

    /**
     * Fidelity 1 at 1 ms steps (a 0.3 s speed ramp to 1000 rad/s, so the current loops go through the voltage
     * limit, field weakening and regeneration), with the bandwidth set through its parameter, against a
     * {@link DynamicDrive}.
     */
    static void assertDynamicRunEqualsTheModel(ImportedFmu fmu, String importer) {
        double bandwidth = 2000;
        DynamicDrive drive = new DynamicDrive(DrivePresets.load("NissanLeaf2011"), bandwidth);
        fmu.writeInteger("fidelity", 1);
        fmu.writeReal(new String[] {"currentLoopBandwidth"}, new double[] {bandwidth});
        Coverage seen = run(fmu, drive, 1e-3, importer);
        assertTrue(seen.regeneration && seen.voltageLimit,
                "the scenario must cover regeneration and the voltage limit");
    }

    /** What a run went through. */
    private static final class Coverage {
        boolean regeneration;
        boolean voltageLimit;
    }

    private static Coverage run(ImportedFmu fmu, DriveModel drive, double step, String importer) {
        drive.initialize(313.15);
        fmu.initialize(0, step * STEPS);
        Coverage seen = new Coverage();
        for (int k = 0; k < STEPS; k++) {
            double[] in = inputs(k);
            fmu.writeReal(INPUTS, in);
            fmu.doStep(k * step, step);
            double[] read = fmu.readReal(OUTPUTS);
            drive.step(step, in[0], in[1], in[2], in[3]);
            DriveOperatingPoint p = drive.evaluate(in[0], in[1], in[2]);
            double[] expected = direct(drive, p);
            for (int i = 0; i < OUTPUTS.length; i++) {
                assertEquals(expected[i], read[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                        importer + ": " + OUTPUTS[i] + " after step " + k);
            }
            seen.regeneration |= p.dcCurrent() < 0;
            seen.voltageLimit |= p.machine().voltageLimited();
        }
        return seen;
    }

    /**
     * Asserts that {@code values}, outputs of MotorInverter.fmu by name as an importer read them, equal the
     * operating point of {@code drive}, stepped the same way, at these inputs, to 1e-12 relative as in the runs.
     */
    static void assertOutputsEqual(DriveModel drive, double torqueCommand, double speed, double dcVoltage,
            Map<String, Double> values, String importer) {
        double[] expected = direct(drive, drive.evaluate(torqueCommand, speed, dcVoltage));
        for (int i = 0; i < OUTPUTS.length; i++) {
            Double actual = values.get(OUTPUTS[i]);
            assertTrue(actual != null, importer + " read no " + OUTPUTS[i]);
            assertEquals(expected[i], actual, 1e-12 * Math.max(1, Math.abs(expected[i])), importer + ": "
                    + OUTPUTS[i]);
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

    private static double[] direct(DriveModel drive, DriveOperatingPoint p) {
        return new double[] {p.machine().shaftTorque(), p.machine().torque(), p.dcCurrent(), p.machine().copperLoss(),
            p.machine().ironLoss(), p.machine().mechanicalLoss(), p.inverter().conduction(), p.inverter().switching(),
            p.totalLoss(), p.efficiency(), p.availableTorque(), p.availableRegenerativeTorque(), p.deratingFactor(),
            drive.thermal().windingTemperature(), drive.thermal().magnetTemperature(),
            drive.thermal().junctionTemperature()};
    }
}
