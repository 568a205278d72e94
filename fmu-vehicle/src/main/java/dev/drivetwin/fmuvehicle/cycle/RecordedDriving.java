package dev.drivetwin.fmuvehicle.cycle;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads recorded driving from CSV or JSON (chosen by the file extension {@code .json}; anything else is CSV) and
 * converts it to SI here, once. Accepted column (CSV header) or field (JSON) names:
 * <ul>
 *   <li>time: {@code time_s}, {@code time [s]}, {@code time};</li>
 *   <li>speed trace: {@code speed_kmh} / {@code speed [km/h]} (divided by 3.6), or {@code speed_mps} /
 *       {@code speed [m/s]};</li>
 *   <li>motor log: torque {@code torque_Nm} / {@code torque [N.m]} / {@code torque}, angular velocity
 *       {@code angularVelocity_rad_s} / {@code angularVelocity [rad/s]} / {@code angularVelocity}.</li>
 * </ul>
 * A bad number, a time that does not increase or a missing column throws {@link VehicleException} naming the
 * file, the line and the field. Stateless and thread-safe.
 */
public final class RecordedDriving {
    /** 1 km/h in m/s: 1000 m / 3600 s. */
    public static final double KILOMETRE_PER_HOUR = 1.0 / 3.6;

    static final SampleTable.Column TIME = new SampleTable.Column("time",
            SampleTable.spellings("time_s", 1.0, "time [s]", 1.0, "time", 1.0));
    static final SampleTable.Column SPEED = new SampleTable.Column("speed",
            SampleTable.spellings("speed_kmh", KILOMETRE_PER_HOUR, "speed [km/h]", KILOMETRE_PER_HOUR,
                    "speed_mps", 1.0, "speed [m/s]", 1.0));
    static final SampleTable.Column TORQUE = new SampleTable.Column("torque",
            SampleTable.spellings("torque_Nm", 1.0, "torque [N.m]", 1.0, "torque", 1.0));
    static final SampleTable.Column ANGULAR_VELOCITY = new SampleTable.Column("angularVelocity",
            SampleTable.spellings("angularVelocity_rad_s", 1.0, "angularVelocity [rad/s]", 1.0,
                    "angularVelocity", 1.0));

    private RecordedDriving() {
    }

    /** A speed trace file as a drive cycle named after the file. */
    public static DriveCycle speedTrace(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return speedTrace(file.toString(), in);
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, file, e.toString());
        }
    }

    /** A speed trace read from {@code in}; {@code fileName} names it in messages and selects the format. */
    public static DriveCycle speedTrace(String fileName, InputStream in) {
        double[][] columns = SampleTable.read(fileName, in, List.of(TIME, SPEED));
        return new DriveCycle(fileName, columns[0], columns[1]);
    }

    /** A motor torque/speed log file. */
    public static MotorLog motorLog(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return motorLog(file.toString(), in);
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, file, e.toString());
        }
    }

    /** A motor torque/speed log read from {@code in}; {@code fileName} names it and selects the format. */
    public static MotorLog motorLog(String fileName, InputStream in) {
        double[][] columns = SampleTable.read(fileName, in, List.of(TIME, TORQUE, ANGULAR_VELOCITY));
        return new MotorLog(fileName, columns[0], columns[1], columns[2]);
    }
}
