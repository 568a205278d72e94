package dev.drivetwin.drivetrain.coupling;

import dev.drivetwin.drivetrain.DrivetrainError;
import dev.drivetwin.drivetrain.DrivetrainException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A vehicle preset of {@code fmu-vehicle} paired with a drive preset of {@code fmu-motor-inverter}, and the
 * battery open-circuit voltage used with them (the drive preset's nominal DC voltage). Why each pair was chosen,
 * and how far vehicle and drive match, is in {@code docs/validation.md}.
 */
public enum PresetPair {
    /** The Model 3 vehicle with its own rear drive unit. */
    TESLA_MODEL3_RWD_2024("TeslaModel3Rwd2024", "TeslaModel3Rwd2024",
            "same car: vehicle and drive preset both describe the 2024 Model 3 RWD"),
    /** The ID.4 Pro vehicle with its own rear drive unit (APP550, 210 kW / 545 N·m PMSM, 352 V). */
    VOLKSWAGEN_ID4_PRO_2024("VolkswagenId4Pro2024", "VolkswagenId4Pro2024",
            "same car: vehicle and drive preset both describe the 2024 ID.4 Pro (210 kW, RWD)"),
    /** The EV3 vehicle with its own drive preset (150 kW / 283 N·m front PMSM, 343 V). */
    KIA_EV3_LONG_RANGE_2024("KiaEv3LongRange2024", "KiaEv3LongRange2024",
            "same car: vehicle and drive preset both describe the EV3 Long Range"),
    /**
     * Sensitivity case: the EV3 vehicle with the Model 3 drive: the closest shipped drive to the EV3's 150 kW / 283 N·m front motor
     * (194 kW / 340 N·m, SiC inverter), against the Leaf's 80 kW / 280 N·m with an IGBT inverter.
     */
    KIA_EV3_WITH_MODEL3_DRIVE("KiaEv3LongRange2024", "TeslaModel3Rwd2024",
            "sensitivity case: Model 3 drive (194 kW/340 N.m, SiC) in place of the EV3's 150 kW/283 N.m motor"),
    /** The EV3 vehicle with the Leaf drive, as a sensitivity case for the drive choice. */
    KIA_EV3_WITH_LEAF_DRIVE("KiaEv3LongRange2024", "NissanLeaf2011",
            "sensitivity case: Leaf drive (80 kW/280 N.m, Si IGBT) in place of the EV3's 150 kW/283 N.m motor");

    private final String vehiclePreset;
    private final String drivePreset;
    private final String note;

    PresetPair(String vehiclePreset, String drivePreset, String note) {
        this.vehiclePreset = vehiclePreset;
        this.drivePreset = drivePreset;
        this.note = note;
    }

    public String vehiclePreset() {
        return vehiclePreset;
    }

    public String drivePreset() {
        return drivePreset;
    }

    /** How well vehicle and drive match. */
    public String note() {
        return note;
    }

    /** The pair of this name, ignoring case. */
    public static PresetPair named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DrivetrainException(DrivetrainError.UNKNOWN_PAIR, name, Arrays.toString(values()));
        }
    }
}
