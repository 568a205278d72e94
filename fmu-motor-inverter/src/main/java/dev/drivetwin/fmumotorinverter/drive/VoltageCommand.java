package dev.drivetwin.fmumotorinverter.drive;

/**
 * The current controller's output in the rotor frame: the voltage the average-value inverter applies and the
 * voltage the PI loops asked for before the limit |v| <= Vdc / sqrt(3). Peak phase values [V].
 *
 * @param directVoltage applied vd [V]
 * @param quadratureVoltage applied vq [V]
 * @param demandedDirectVoltage vd* before the voltage limit [V]
 * @param demandedQuadratureVoltage vq* before the voltage limit [V]
 */
public record VoltageCommand(double directVoltage, double quadratureVoltage, double demandedDirectVoltage,
        double demandedQuadratureVoltage) {

    /** True when the voltage limit cut the demand. */
    public boolean limited() {
        return directVoltage != demandedDirectVoltage || quadratureVoltage != demandedQuadratureVoltage;
    }

    /** Applied peak phase voltage sqrt(vd^2 + vq^2) [V]. */
    public double amplitude() {
        // not Math.hypot: it is no HotSpot intrinsic and guards an overflow volts never reach
        return Math.sqrt(directVoltage * directVoltage + quadratureVoltage * quadratureVoltage);
    }
}
