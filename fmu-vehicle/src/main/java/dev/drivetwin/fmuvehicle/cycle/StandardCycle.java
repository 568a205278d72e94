package dev.drivetwin.fmuvehicle.cycle;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The regulatory drive cycles shipped as resources under {@code dev/drivetwin/fmuvehicle/cycles/} (1 Hz,
 * {@code time_s,speed_kmh}; sources and checks in {@code ATTRIBUTION.md} there).
 */
public enum StandardCycle {
    /** WLTC class 3b, UN GTR No. 15 Annex 1. */
    WLTC_CLASS3B("wltc_class3b.csv"),
    /** EPA Urban Dynamometer Driving Schedule, 40 CFR Part 86 Appendix I. */
    UDDS("udds.csv"),
    /** EPA Highway Fuel Economy Driving Schedule, 40 CFR Part 600 Appendix I. */
    HWFET("hwfet.csv"),
    /** EPA US06 Supplemental FTP Driving Schedule, 40 CFR Part 86 Appendix I. */
    US06("us06.csv"),
    /** NEDC, UNECE Regulation No. 83 Annex 4a (straight lines between the operation end points). */
    NEDC("nedc.csv");

    private final String resource;

    StandardCycle(String resource) {
        this.resource = resource;
    }

    /** The cycle read from its resource. */
    public DriveCycle load() {
        String path = "/dev/drivetwin/fmuvehicle/cycles/" + resource;
        try (InputStream in = StandardCycle.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new VehicleException(VehicleError.BAD_FILE, path, "resource missing from the class path");
            }
            return RecordedDriving.speedTrace(resource, in);
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, path, e.toString());
        }
    }

    /** The cycle of this name, ignoring case ("WLTC_class3b", "udds"). */
    public static StandardCycle named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new VehicleException(VehicleError.UNKNOWN_CYCLE, name, Arrays.toString(values()));
        }
    }
}
