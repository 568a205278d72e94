package dev.drivetwin.fmuvehicle.cycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordedDrivingTest {

    private static DriveCycle trace(String fileName, String text) {
        return RecordedDriving.speedTrace(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MotorLog log(String fileName, String text) {
        return RecordedDriving.motorLog(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvSpeedTraceInKilometresPerHourIsConvertedToMetresPerSecond() {
        DriveCycle cycle = trace("drive.csv", "# recorded\ntime_s,speed_kmh\n0,0\n1,36\n2,72\n");
        assertArrayEquals(new double[] {0, 10, 20}, cycle.speed(), 1e-14);
        assertEquals(20, cycle.distance(), 1e-13); // 5 m + 15 m
    }

    @Test
    void jsonSpeedTraceInMetresPerSecond() {
        DriveCycle cycle = trace("drive.json", "[{\"time [s]\": 0, \"speed [m/s]\": 1},\n {\"time [s]\": 2,"
                + " \"speed [m/s]\": 3}]");
        assertArrayEquals(new double[] {1, 3}, cycle.speed(), 0);
        assertEquals(4, cycle.distance(), 0);
    }

    @Test
    void motorLogInCsvAndJsonGiveTheSameSamples() {
        MotorLog csv = log("motor.csv", "time [s],torque [N.m],angularVelocity [rad/s]\n0,100,0\n0.5,120,50\n");
        MotorLog json = log("motor.json", "[{\"time_s\":0,\"torque_Nm\":100,\"angularVelocity_rad_s\":0},"
                + "{\"time_s\":0.5,\"torque_Nm\":120,\"angularVelocity_rad_s\":50}]");
        assertArrayEquals(csv.torque(), json.torque(), 0);
        assertArrayEquals(csv.angularVelocity(), json.angularVelocity(), 0);
        assertEquals(110, csv.torqueAt(0.25), 1e-12);
        // trapezoid of P = T w: (0 + 120*50)/2 * 0.5 s
        assertEquals(1500, csv.mechanicalEnergy(), 1e-12);
    }

    @Test
    void badNumberNamesFileLineAndField() {
        VehicleException e = assertThrows(VehicleException.class,
                () -> trace("drive.csv", "time_s,speed_kmh\n0,0\n1,fast\n"));
        assertEquals(VehicleError.MALFORMED_FILE, e.error());
        assertEquals("drive.csv line 3: field 'speed': 'fast' is not a number", e.getMessage());
    }

    @Test
    void nonIncreasingTimeNamesFileLineAndField() {
        VehicleException e = assertThrows(VehicleException.class,
                () -> trace("drive.csv", "time_s,speed_kmh\n0,0\n1,5\n1,6\n"));
        assertEquals(VehicleError.MALFORMED_FILE, e.error());
        assertTrue(e.getMessage().startsWith("drive.csv line 4: field 'time': time 1.0 s does not increase"),
                e.getMessage());
    }

    @Test
    void missingColumnNamesFileLineAndField() {
        VehicleException e = assertThrows(VehicleException.class,
                () -> log("motor.csv", "time_s,torque_Nm\n0,1\n1,2\n"));
        assertEquals(VehicleError.MISSING_FIELD, e.error());
        assertTrue(e.getMessage().startsWith("motor.csv line 1: missing field 'angularVelocity'"), e.getMessage());
    }

    @Test
    void shortCsvRowNamesTheMissingField() {
        VehicleException e = assertThrows(VehicleException.class,
                () -> trace("drive.csv", "time_s,speed_kmh\n0,0\n1\n"));
        assertTrue(e.getMessage().startsWith("drive.csv line 3: missing field 'speed'"), e.getMessage());
    }

    @Test
    void jsonMissingFieldAndBadNumberNameTheLine() {
        VehicleException missing = assertThrows(VehicleException.class,
                () -> trace("drive.json", "[\n{\"time_s\":0,\"speed_kmh\":0},\n{\"time_s\":1}\n]"));
        assertTrue(missing.getMessage().startsWith("drive.json line 3: missing field 'speed'"), missing.getMessage());
        VehicleException bad = assertThrows(VehicleException.class,
                () -> trace("drive.json", "[\n{\"time_s\":0,\"speed_kmh\":0},\n{\"time_s\":1,\n\"speed_kmh\":\"x\"}]"));
        assertEquals("drive.json line 4: field 'speed_kmh': 'x' is not a number", bad.getMessage());
    }
}
