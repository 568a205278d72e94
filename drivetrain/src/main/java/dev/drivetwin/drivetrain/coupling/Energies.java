package dev.drivetwin.drivetrain.coupling;

/**
 * Energy flows of the coupled drivetrain over one step or a sum of steps, all in [J], each computed from the
 * model that owns it (so that their balance is a check, not a definition):
 *
 * <pre>
 *   batteryOpenCircuit = batteryResistive + auxiliary + copper + iron + mechanical + map + inverterConduction
 *                        + inverterSwitching + gearbox + kineticChange + rolling + aerodynamic + grade + frictionBrake
 * </pre>
 *
 * The chain behind it: E·I·h = V·I·h + R·I²·h (battery); V·I·h = auxiliary + V·I_drive·h, the auxiliary load taking
 * its constant power from the battery terminals; V·I_drive·h = dcLink = shaft + machine and inverter losses (drive,
 * {@code DriveOperatingPoint}); shaft = wheel + gearbox (gearbox loss from the efficiency and the power flow);
 * wheel = ΔE_kin + rolling + aerodynamic + grade + friction brake (vehicle, from its integrated energies).
 * {@code dcLink}, {@code shaft} and {@code wheel} are the intermediate flows; they are reported, not summed.
 * Negative values of the flows mean regeneration; losses are never negative. Immutable.
 *
 * @param batteryOpenCircuit E·∫I dt, positive when discharging
 * @param batteryResistive   R·∫I² dt in the battery
 * @param auxiliary          energy of the auxiliary (low-voltage) load, taken at the battery terminals
 * @param dcLink             ∫V·I_drive dt into the drive's DC link
 * @param copper             stator copper loss
 * @param iron               iron loss
 * @param mechanical         friction and windage loss of the machine
 * @param map                loss from a measured machine loss map (0 with the physical loss model)
 * @param inverterConduction inverter conduction loss
 * @param inverterSwitching  inverter switching loss
 * @param shaft              motor shaft work, shaft torque × mean shaft speed × h
 * @param gearbox            gearbox loss
 * @param wheel              driveline work at the wheels
 * @param kineticChange      change of kinetic energy, rotating parts included
 * @param rolling            rolling resistance work
 * @param aerodynamic        aerodynamic drag work
 * @param grade              potential energy gained on grades
 * @param frictionBrake      friction brake dissipation
 */
public record Energies(double batteryOpenCircuit, double batteryResistive, double auxiliary, double dcLink, double copper, double iron,
        double mechanical, double map, double inverterConduction, double inverterSwitching, double shaft,
        double gearbox, double wheel, double kineticChange, double rolling, double aerodynamic, double grade,
        double frictionBrake) {

    /** All zero. */
    public static final Energies ZERO = new Energies(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The term-by-term sum. */
    public Energies plus(Energies o) {
        return new Energies(batteryOpenCircuit + o.batteryOpenCircuit, batteryResistive + o.batteryResistive,
                auxiliary + o.auxiliary, dcLink + o.dcLink, copper + o.copper, iron + o.iron, mechanical + o.mechanical, map + o.map,
                inverterConduction + o.inverterConduction, inverterSwitching + o.inverterSwitching, shaft + o.shaft,
                gearbox + o.gearbox, wheel + o.wheel, kineticChange + o.kineticChange, rolling + o.rolling,
                aerodynamic + o.aerodynamic, grade + o.grade, frictionBrake + o.frictionBrake);
    }

    /** Machine and inverter losses [J]. */
    public double driveLosses() {
        return copper + iron + mechanical + map + inverterConduction + inverterSwitching;
    }

    /** Right-hand side of the balance: every loss, the road load work and the change of kinetic energy [J]. */
    public double sinks() {
        return batteryResistive + auxiliary + driveLosses() + gearbox + kineticChange + rolling + aerodynamic + grade
                + frictionBrake;
    }

    /** batteryOpenCircuit − {@link #sinks()} [J]; zero up to round-off and the coupling tolerance. */
    public double residual() {
        return batteryOpenCircuit - sinks();
    }

    /**
     * Sum of the magnitudes of every term of the balance [J]: the scale against which {@link #residual()} is
     * relative (the net can be near zero while large flows cancel).
     */
    public double scale() {
        return Math.abs(batteryOpenCircuit) + batteryResistive + auxiliary + copper + iron + mechanical + map
                + inverterConduction + inverterSwitching + gearbox + Math.abs(kineticChange) + rolling + aerodynamic
                + Math.abs(grade) + frictionBrake;
    }

    /** The balance one level down, at the wheels: wheel − (ΔE_kin + road load + brakes) [J]. */
    public double wheelResidual() {
        return wheel - (kineticChange + rolling + aerodynamic + grade + frictionBrake);
    }

    /** The balance at the DC link: dcLink − (shaft + drive losses) [J]. */
    public double dcLinkResidual() {
        return dcLink - (shaft + driveLosses());
    }
}
