package dev.drivetwin.fmubattery.fmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
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

/**
 * Battery.fmu (packaged in this build) validated by our RuleValidator and run through FMI4j against the same
 * model called directly: the FMU runs the same Java code with the same inputs in the same order, so outputs must
 * agree to 1e-12 (in practice bit for bit).
 */
class BatteryFmuIT {
    private static final List<String> OUTPUTS = List.of("terminalVoltage", "soc", "packCurrent", "packVoltage",
            "packPower", "cellTemperature", "heatFlow", "allowedDischargePower", "allowedChargeCurrent",
            "stateOfHealth", "resistanceGrowth", "equivalentFullCycles");
    private static final List<ToDoubleFunction<Pack>> DIRECT = List.of(Pack::cellVoltage, Pack::soc,
            Pack::packCurrent, Pack::packVoltage, Pack::packPower, Pack::temperature, Pack::heatFlowToCoolant,
            Pack::allowedDischargePower, Pack::allowedChargeCurrent, Pack::stateOfHealth, Pack::resistanceGrowth,
            Pack::equivalentFullCycles);

    private static File batteryFmu() {
        String path = System.getProperty("fmu.file");
        assertTrue(path != null, "system property fmu.file is not set; run *IT through failsafe");
        File file = new File(path);
        assertTrue(file.isFile(), file + " does not exist; the package phase builds it");
        return file;
    }

    @Test
    void modelDescriptionHasNoRuleViolations() throws IOException {
        try (ZipFile zip = new ZipFile(batteryFmu());
                InputStream in = zip.getInputStream(zip.getEntry("modelDescription.xml"))) {
            ModelDescription description = ModelDescriptionReader.read(in, "Battery.fmu!/modelDescription.xml");
            assertEquals(List.of(), RuleValidator.validate(description));
        }
    }

    @Test
    void fmi4jRunEqualsTheModelRunDirectly() throws IOException {
        double agingAcceleration = 86400; // one simulated second = one day, so aging outputs move measurably
        Pack direct = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, agingAcceleration, 1e-6);
        direct.setDemandCurrent(0, 298.15);
        try (Fmu fmu = Fmu.from(batteryFmu()); CoSimulationSlave slave = fmu.asCoSimulationFmu().newInstance("b")) {
            var variables = fmu.getModelDescription().getModelVariables();
            long current = variables.getByName("currentDemand").getValueReference();
            long coolant = variables.getByName("coolantTemperature").getValueReference();
            long acceleration = variables.getByName("agingAcceleration").getValueReference();
            long[] outputs = OUTPUTS.stream().mapToLong(n -> variables.getByName(n).getValueReference()).toArray();
            assertEquals(FmiStatus.OK, slave.writeReal(new long[] {acceleration}, new double[] {agingAcceleration}));
            assertTrue(slave.setupExperiment(0, 600, 0), "setupExperiment");
            assertTrue(slave.enterInitializationMode(), "enterInitializationMode");
            assertTrue(slave.exitInitializationMode(), "exitInitializationMode");
            double[] values = new double[outputs.length];
            for (int k = 0; k < 600; k++) {
                double demand = 150 * Math.sin(k / 30.0) + 50; // [A], charge and discharge
                double coolantTemperature = 293.15 + 0.01 * k;
                assertEquals(FmiStatus.OK, slave.writeReal(new long[] {current, coolant},
                        new double[] {demand, coolantTemperature}));
                boolean stepped = slave.doStep(k * 1.0, 1.0);
                assertEquals(FmiStatus.OK, slave.getLastStatus(), "doStep at step " + k);
                assertTrue(stepped);
                direct.stepCurrent(demand, coolantTemperature, 1.0);
                assertEquals(FmiStatus.OK, slave.readReal(outputs, values));
                for (int j = 0; j < outputs.length; j++) {
                    double expected = DIRECT.get(j).applyAsDouble(direct);
                    assertEquals(expected, values[j], 1e-12 * Math.max(1, Math.abs(expected)),
                            OUTPUTS.get(j) + " after step " + k);
                }
            }
            assertTrue(direct.stateOfHealth() < 1, "aging moved in this run");
        }
    }
}
