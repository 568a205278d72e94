package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.thermal.DriveThermalModel;

/**
 * One fidelity level of the electric drive, as the FMU binding sees it: the same inputs (torque command [N.m],
 * shaft speed [rad/s], DC-link voltage [V], coolant temperature [K]) and the same outputs
 * ({@link DriveOperatingPoint} and the temperatures) at every level. {@link Fidelity} lists the levels.
 *
 * <p>Call order: {@link #initialize}, then any number of {@link #step} and {@link #evaluate} in any order. The inputs
 * are held over a step (zero-order hold, as a co-simulation master supplies them). Implementations are mutable
 * and not thread-safe.
 */
public interface DriveModel {

    /** The preset this drive was built from. */
    DrivePreset preset();

    /** The winding, magnet and junction temperatures. */
    DriveThermalModel thermal();

    /** Resets every state: temperatures to the coolant temperature [K], electrical states (if any) to rest. */
    void initialize(double coolantTemperature);

    /**
     * Outputs for these inputs at the present state, without changing it: torque command [N.m], shaft speed
     * [rad/s], DC-link voltage [V].
     */
    DriveOperatingPoint evaluate(double torqueCommand, double speed, double dcVoltage);

    /**
     * Advances every state by {@code step} [s] with the inputs held and returns the operating point at the step's
     * start (as {@link #evaluate} gave it before the step).
     */
    DriveOperatingPoint step(double step, double torqueCommand, double speed, double dcVoltage,
            double coolantTemperature);

    /** Every state as numbers, enough for {@link #restore} to continue exactly from here (FMU get/set state). */
    double[] state();

    /**
     * Restores a {@link #state()} of a drive of the same level and preset.
     *
     * @throws MotorInverterException INCONSISTENT when the array has the wrong length
     */
    void restore(double[] state);

    /** Throws INCONSISTENT naming the state unless it has {@code length} elements. */
    static void checkStateLength(double[] state, int length) {
        if (state == null || state.length != length) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, "state",
                    "expected " + length + " values, got " + (state == null ? "none" : state.length));
        }
    }
}
