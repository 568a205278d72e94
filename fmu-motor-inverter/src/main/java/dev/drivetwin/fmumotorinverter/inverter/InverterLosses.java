package dev.drivetwin.fmumotorinverter.inverter;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/**
 * Losses of the whole inverter (six switches, six diodes) for sinusoidal PWM, averaged over a fundamental period.
 * Per device, with peak phase current I, modulation index m = V_phase,peak / (Vdc / 2) and power factor cos(phi)
 * (Graovac and Puerschel, "IGBT power losses calculation using the data-sheet parameters", Infineon application
 * note, 2009, section 3; the same expressions as Infineon AN2008-03 "Dimensioning program IPOSIM"):
 * <pre>
 *   P_cond,T = V_T0 I (1/(2 pi) + m cos(phi)/8) + r_T I^2 (1/8 + m cos(phi)/(3 pi))
 *   P_cond,D = V_D0 I (1/(2 pi) - m cos(phi)/8) + r_D I^2 (1/8 - m cos(phi)/(3 pi))
 *   P_sw,T   = f_sw E_sw (I / (pi I_ref)) (Vdc / V_ref)       (switching energy linear in I and V)
 *   P_sw,D   = f_sw E_rr (I / (pi I_ref)) (Vdc / V_ref)
 * </pre>
 * Resistances and switching energies scale with (1 + alpha (Tj - Tref)). The conduction terms stay non-negative
 * for m up to 2/sqrt(3), the linear limit of space-vector modulation. Immutable and thread-safe.
 *
 * @param switchConduction conduction loss of the six switches [W]
 * @param diodeConduction conduction loss of the six diodes [W]
 * @param switchSwitching switching loss of the six switches [W]
 * @param diodeSwitching reverse-recovery loss of the six diodes [W]
 */
public record InverterLosses(double switchConduction, double diodeConduction, double switchSwitching,
        double diodeSwitching) {
    private static final int DEVICES = 6;

    /** Highest modulation index of SVPWM in its linear range, 2 / sqrt(3). */
    public static final double MAX_MODULATION_INDEX = 2 / Math.sqrt(3);

    /**
     * @param parameters the inverter
     * @param currentAmplitude peak phase current [A], not negative
     * @param modulationIndex m in [0, 2/sqrt(3)]
     * @param powerFactor cos(phi) in [-1, 1]; negative when power flows back to the DC link
     * @param dcVoltage DC-link voltage [V]
     * @param junctionTemperature [K]
     */
    public static InverterLosses of(InverterParameters parameters, double currentAmplitude, double modulationIndex,
            double powerFactor, double dcVoltage, double junctionTemperature) {
        MotorInverterException.nonNegative("currentAmplitude", currentAmplitude);
        MotorInverterException.within("modulationIndex", modulationIndex, 0, MAX_MODULATION_INDEX * (1 + 1e-9));
        MotorInverterException.within("powerFactor", powerFactor, -1, 1);
        if (!(dcVoltage > 0)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "dcVoltage", dcVoltage, "must be positive");
        }
        double i = currentAmplitude;
        double mc = Math.min(modulationIndex, MAX_MODULATION_INDEX) * powerFactor;
        double dt = junctionTemperature - parameters.referenceJunctionTemperature();
        double resistanceFactor = Math.max(0, 1 + parameters.resistanceTemperatureCoefficient() * dt);
        double switchingFactor = Math.max(0, 1 + parameters.switchingTemperatureCoefficient() * dt);
        double switchCond = parameters.switchThresholdVoltage() * i * (1 / (2 * Math.PI) + mc / 8)
                + parameters.switchOnResistance() * resistanceFactor * i * i * (1.0 / 8 + mc / (3 * Math.PI));
        double diodeCond = parameters.diodeThresholdVoltage() * i * (1 / (2 * Math.PI) - mc / 8)
                + parameters.diodeOnResistance() * resistanceFactor * i * i * (1.0 / 8 - mc / (3 * Math.PI));
        double scale = parameters.switchingFrequency() * i / (Math.PI * parameters.referenceCurrent())
                * dcVoltage / parameters.referenceVoltage() * switchingFactor;
        return new InverterLosses(DEVICES * switchCond, DEVICES * diodeCond,
                DEVICES * parameters.switchingEnergy() * scale, DEVICES * parameters.recoveryEnergy() * scale);
    }

    public double conduction() {
        return switchConduction + diodeConduction;
    }

    public double switching() {
        return switchSwitching + diodeSwitching;
    }

    public double total() {
        return conduction() + switching();
    }
}
