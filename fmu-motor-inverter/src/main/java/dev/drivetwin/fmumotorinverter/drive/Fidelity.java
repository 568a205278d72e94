package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/** The fidelity levels of the electric drive, numbered as the FMU's {@code fidelity} parameter numbers them. */
public enum Fidelity {
    /** Machine and inverter in steady state at every instant; temperatures dynamic ({@link QuasiStaticDrive}). */
    QUASI_STATIC(0, "quasi-static") {
        @Override
        public DriveModel create(DrivePreset preset, double currentLoopBandwidth) {
            return new QuasiStaticDrive(preset);
        }
    },
    /** dq currents under PI current control as states; temperatures dynamic ({@link DynamicDrive}). */
    DYNAMIC(1, "dynamic dq") {
        @Override
        public DriveModel create(DrivePreset preset, double currentLoopBandwidth) {
            return currentLoopBandwidth == 0 ? new DynamicDrive(preset)
                    : new DynamicDrive(preset, currentLoopBandwidth);
        }
    };

    private final int level;
    private final String label;

    Fidelity(int level, String label) {
        this.level = level;
        this.label = label;
    }

    /** The number of this level in the FMU's {@code fidelity} parameter. */
    public int level() {
        return level;
    }

    /**
     * Builds the drive at this level.
     *
     * @param currentLoopBandwidth current-loop bandwidth of the dynamic level [rad/s]; 0 selects
     *     {@link CurrentController#ruleOfThumbBandwidth}; the quasi-static level ignores it
     */
    public abstract DriveModel create(DrivePreset preset, double currentLoopBandwidth);

    /**
     * The level numbered {@code level}.
     *
     * @throws MotorInverterException OUT_OF_RANGE naming {@code fidelity} and the levels that exist
     */
    public static Fidelity of(int level) {
        for (Fidelity f : values()) {
            if (f.level == level) {
                return f;
            }
        }
        throw new MotorInverterException(MotorInverterError.OUT_OF_RANGE, "fidelity", describeAll(), level);
    }

    /** "{0 (quasi-static), 1 (dynamic dq)}". */
    public static String describeAll() {
        StringBuilder text = new StringBuilder("{");
        for (Fidelity f : values()) {
            text.append(f.ordinal() == 0 ? "" : ", ").append(f.level).append(" (").append(f.label).append(')');
        }
        return text.append('}').toString();
    }
}
