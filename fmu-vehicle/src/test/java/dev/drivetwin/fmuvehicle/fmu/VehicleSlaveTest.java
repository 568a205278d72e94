package dev.drivetwin.fmuvehicle.fmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.runtime.FmiStatus;
import dev.drivetwin.fmuexport.runtime.SlaveInstance;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slave through fmu-export's runtime, without native code: bad parameters fail at once and clearly. */
class VehicleSlaveTest {

    private static SlaveInstance instance() {
        String guid = SlaveDeclaration.of(new VehicleSlave()).guid();
        return SlaveInstance.create(VehicleSlave.class.getName(), VehicleSlave.class.getClassLoader(),
                new SlaveContext("test", Path.of("."), SlaveLogger.DISCARD), guid);
    }

    @Test
    void unknownPresetOrCycleIsRefusedWhenSet() {
        VehicleSlave slave = new VehicleSlave();
        SlaveDeclaration d = SlaveDeclaration.of(slave);
        var preset = (dev.drivetwin.fmuexport.slave.StringVariable) d.variables().stream()
                .filter(v -> v.name().equals("preset")).findFirst().orElseThrow();
        VehicleException e = assertThrows(VehicleException.class, () -> preset.set("Model Y"));
        assertTrue(e.getMessage().contains("'Model Y'") && e.getMessage().contains("TeslaModel3Rwd2024"),
                e.getMessage());
    }

    @Test
    void presetTakesThePathOfAPresetFileAndABrokenOneIsAnErrorStatusNamingIt(@TempDir Path directory)
            throws IOException {
        String tesla;
        try (InputStream in = VehicleSlave.class.getResourceAsStream(
                "/dev/drivetwin/fmuvehicle/presets/TeslaModel3Rwd2024.json")) {
            tesla = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = directory.resolve("MyCar.json");
        Files.writeString(file, tesla.replace("\"mass\": 1932.0", "\"mass\": 2000.0"));
        SlaveInstance instance = instance();
        assertEquals(FmiStatus.OK, instance.setString(new int[] {0}, 1, new String[] {file.toString()}));
        String[] preset = new String[1];
        assertEquals(FmiStatus.OK, instance.getString(new int[] {0}, 1, preset));
        assertEquals(file.toString(), preset[0]);

        Path broken = directory.resolve("Broken.json");
        Files.writeString(broken, tesla.replace("\"mass\": 1932.0", "\"mass\": -5"));
        VehicleSlave slave = new VehicleSlave();
        var variable = (dev.drivetwin.fmuexport.slave.StringVariable) SlaveDeclaration.of(slave).variables().stream()
                .filter(v -> v.name().equals("preset")).findFirst().orElseThrow();
        VehicleException e = assertThrows(VehicleException.class, () -> variable.set(broken.toString()));
        assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
    }

    @Test
    void unknownCycleIsAnErrorStatusAndTheDefaultRunsAfterwards() {
        SlaveInstance instance = instance();
        assertEquals(FmiStatus.ERROR, instance.setString(new int[] {1}, 1, new String[] {"FTP75"}));
    }

    @Test
    void defaultsInitializeAtTheCycleStart() {
        SlaveInstance instance = instance();
        assertEquals(FmiStatus.OK, instance.setupExperiment(false, 0, 0, false, 0));
        assertEquals(FmiStatus.OK, instance.enterInitializationMode());
        assertEquals(FmiStatus.OK, instance.exitInitializationMode());
        double[] speed = new double[1];
        assertEquals(FmiStatus.OK, instance.getReal(new int[] {8}, 1, speed));
        assertEquals(0, speed[0], 0, "WLTC starts at rest");
        assertEquals(FmiStatus.OK, instance.doStep(0, 0.1));
    }
}
