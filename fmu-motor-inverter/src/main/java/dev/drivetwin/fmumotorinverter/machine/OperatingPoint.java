package dev.drivetwin.fmumotorinverter.machine;

/**
 * One steady-state operating point of the machine. Speeds in [rad/s], torques [N.m], currents and voltages are
 * peak phase values in the rotor frame [A], [V], powers [W]. Identity (exact up to round-off):
 * {@code electricalPower = shaftTorque * speed + copperLoss + ironLoss + mechanicalLoss + mapLoss}.
 *
 * @param speed shaft speed w [rad/s]
 * @param torque electromagnetic torque produced, after limiting [N.m]
 * @param shaftTorque torque delivered at the shaft [N.m]
 * @param directCurrent id [A]
 * @param quadratureCurrent iq [A]
 * @param directVoltage vd [V]
 * @param quadratureVoltage vq [V]
 * @param electricalPower power into the terminals, 1.5 (vd id + vq iq), or shaft power + map loss [W]
 * @param copperLoss 1.5 Rs (id^2 + iq^2) [W]
 * @param ironLoss Steinmetz-Bertotti loss [W]
 * @param mechanicalLoss friction and windage [W]
 * @param mapLoss loss read from a measured map (then the three above are zero) [W]
 * @param voltageLimited true when the voltage limit set the current (field weakening or saturation)
 */
public record OperatingPoint(double speed, double torque, double shaftTorque, double directCurrent,
        double quadratureCurrent, double directVoltage, double quadratureVoltage, double electricalPower,
        double copperLoss, double ironLoss, double mechanicalLoss, double mapLoss, boolean voltageLimited) {

    /** Peak phase current sqrt(id^2 + iq^2) [A]. */
    public double currentAmplitude() {
        // not Math.hypot: it is no HotSpot intrinsic and guards an overflow amperes never reach
        return Math.sqrt(directCurrent * directCurrent + quadratureCurrent * quadratureCurrent);
    }

    /** Peak phase voltage sqrt(vd^2 + vq^2) [V]. */
    public double voltageAmplitude() {
        return Math.sqrt(directVoltage * directVoltage + quadratureVoltage * quadratureVoltage); // as above
    }

    /** Shaft power, shaftTorque * speed [W]; negative when generating. */
    public double shaftPower() {
        return shaftTorque * speed;
    }

    /** All machine losses [W]. */
    public double machineLoss() {
        return copperLoss + ironLoss + mechanicalLoss + mapLoss;
    }
}
