package dev.drivetwin.fmumotorinverter.drive;

/**
 * Energies [J] integrated over an interval: what the DC link delivered and where it went. Balance of the dynamic
 * level, up to the integrator's error: {@code dc = shaft + losses() + change of magnetic energy}.
 *
 * @param dc integral of Vdc * Idc [J], negative when regenerating
 * @param shaft integral of shaft torque * speed [J]
 * @param copper copper loss [J]
 * @param iron iron loss [J]
 * @param mechanical friction and windage loss [J]
 * @param inverter conduction and switching loss of the inverter [J]
 */
public record DriveEnergies(double dc, double shaft, double copper, double iron, double mechanical,
        double inverter) {

    /** No energy. */
    public static final DriveEnergies ZERO = new DriveEnergies(0, 0, 0, 0, 0, 0);

    /** Every loss [J]. */
    public double losses() {
        return copper + iron + mechanical + inverter;
    }

    /** The sum of both intervals' energies. */
    public DriveEnergies plus(DriveEnergies other) {
        return new DriveEnergies(dc + other.dc, shaft + other.shaft, copper + other.copper, iron + other.iron,
                mechanical + other.mechanical, inverter + other.inverter);
    }
}
