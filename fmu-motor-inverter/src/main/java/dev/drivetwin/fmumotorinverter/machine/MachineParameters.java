package dev.drivetwin.fmumotorinverter.machine;

import static dev.drivetwin.fmumotorinverter.MotorInverterException.nonNegative;
import static dev.drivetwin.fmumotorinverter.MotorInverterException.positive;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/**
 * Permanent-magnet synchronous machine in the rotor (dq) frame, amplitude-invariant Park transform (peak phase
 * quantities; power = 1.5 (vd id + vq iq)). Immutable; validated on construction, each message naming the field.
 *
 * @param polePairs number of pole pairs p [1]
 * @param statorResistance phase resistance Rs at {@code resistanceReferenceTemperature} [Ohm]
 * @param resistanceReferenceTemperature temperature at which Rs is given [K]
 * @param directInductance d-axis inductance Ld [H]
 * @param quadratureInductance q-axis inductance Lq [H], not below Ld (surface or interior magnets)
 * @param magnetFluxLinkage permanent-magnet flux linkage psi_m, peak per phase [Wb]
 * @param maxCurrent peak phase current the inverter allows [A]
 * @param maxTorque torque limit of the controller [N.m]
 * @param maxPower shaft power limit of the controller [W]; base speed = maxPower / maxTorque
 * @param maxSpeed highest allowed shaft speed [rad/s]; above it the available torque is zero
 * @param hysteresisLossCoefficient k_h in P = k_h f psi^2 [W/(Hz.Wb^2)]
 * @param eddyCurrentLossCoefficient k_e in P = k_e f^2 psi^2 [W/(Hz^2.Wb^2)]
 * @param excessLossCoefficient k_x in P = k_x (f psi)^1.5 [W/(Hz.Wb)^1.5]
 * @param coulombFrictionTorque bearing friction torque c0, P = c0 |w| [N.m]
 * @param viscousFrictionCoefficient b in P = b w^2 [N.m.s/rad]
 * @param windageCoefficient c_w in P = c_w |w|^3 [N.m.s^2/rad^2]
 */
public record MachineParameters(int polePairs, double statorResistance, double resistanceReferenceTemperature,
        double directInductance, double quadratureInductance, double magnetFluxLinkage, double maxCurrent,
        double maxTorque, double maxPower, double maxSpeed, double hysteresisLossCoefficient,
        double eddyCurrentLossCoefficient, double excessLossCoefficient, double coulombFrictionTorque,
        double viscousFrictionCoefficient, double windageCoefficient) {

    public MachineParameters {
        if (polePairs < 1) {
            throw new MotorInverterException(MotorInverterError.NOT_POSITIVE, "machine.polePairs", polePairs);
        }
        positive("machine.statorResistance", statorResistance);
        positive("machine.resistanceReferenceTemperature", resistanceReferenceTemperature);
        positive("machine.directInductance", directInductance);
        positive("machine.quadratureInductance", quadratureInductance);
        if (quadratureInductance < directInductance) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, "machine.quadratureInductance",
                    "Lq = " + quadratureInductance + " H is below Ld = " + directInductance
                            + " H; only surface (Ld = Lq) and interior (Ld < Lq) magnet machines are modelled");
        }
        positive("machine.magnetFluxLinkage", magnetFluxLinkage);
        positive("machine.maxCurrent", maxCurrent);
        positive("machine.maxTorque", maxTorque);
        positive("machine.maxPower", maxPower);
        positive("machine.maxSpeed", maxSpeed);
        nonNegative("machine.hysteresisLossCoefficient", hysteresisLossCoefficient);
        nonNegative("machine.eddyCurrentLossCoefficient", eddyCurrentLossCoefficient);
        nonNegative("machine.excessLossCoefficient", excessLossCoefficient);
        nonNegative("machine.coulombFrictionTorque", coulombFrictionTorque);
        nonNegative("machine.viscousFrictionCoefficient", viscousFrictionCoefficient);
        nonNegative("machine.windageCoefficient", windageCoefficient);
    }

    /** Speed where the torque limit meets the power limit, maxPower / maxTorque [rad/s]. */
    public double baseSpeed() {
        return maxPower / maxTorque;
    }
}
