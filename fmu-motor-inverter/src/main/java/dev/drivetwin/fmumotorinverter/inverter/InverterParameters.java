package dev.drivetwin.fmumotorinverter.inverter;

import static dev.drivetwin.fmumotorinverter.MotorInverterException.nonNegative;
import static dev.drivetwin.fmumotorinverter.MotorInverterException.positive;

/**
 * Two-level three-phase inverter, six switches each with an anti-parallel diode, described by data-sheet
 * figures of one switch and one diode. A MOSFET has {@code switchThresholdVoltage = 0}. Immutable; validated on
 * construction, each message naming the field.
 *
 * @param switchThresholdVoltage on-state threshold V_T0 of the switch (IGBT V_CE0) [V]
 * @param switchOnResistance on-state slope resistance r_T (MOSFET R_DS(on)) at the reference temperature [Ohm]
 * @param diodeThresholdVoltage diode threshold V_D0 [V]
 * @param diodeOnResistance diode slope resistance r_D at the reference temperature [Ohm]
 * @param switchingEnergy E_on + E_off of one switch at the reference voltage and current [J]
 * @param recoveryEnergy diode reverse-recovery energy E_rr at the reference voltage and current [J]
 * @param referenceVoltage voltage of the data-sheet switching test [V]
 * @param referenceCurrent current of the data-sheet switching test [A]
 * @param switchingFrequency PWM carrier frequency [Hz]
 * @param referenceJunctionTemperature junction temperature of the data-sheet figures [K]
 * @param resistanceTemperatureCoefficient relative change of r_T and r_D per kelvin [1/K]
 * @param switchingTemperatureCoefficient relative change of E_on + E_off and E_rr per kelvin [1/K]
 */
public record InverterParameters(double switchThresholdVoltage, double switchOnResistance,
        double diodeThresholdVoltage, double diodeOnResistance, double switchingEnergy, double recoveryEnergy,
        double referenceVoltage, double referenceCurrent, double switchingFrequency,
        double referenceJunctionTemperature, double resistanceTemperatureCoefficient,
        double switchingTemperatureCoefficient) {

    public InverterParameters {
        nonNegative("inverter.switchThresholdVoltage", switchThresholdVoltage);
        nonNegative("inverter.switchOnResistance", switchOnResistance);
        nonNegative("inverter.diodeThresholdVoltage", diodeThresholdVoltage);
        nonNegative("inverter.diodeOnResistance", diodeOnResistance);
        nonNegative("inverter.switchingEnergy", switchingEnergy);
        nonNegative("inverter.recoveryEnergy", recoveryEnergy);
        positive("inverter.referenceVoltage", referenceVoltage);
        positive("inverter.referenceCurrent", referenceCurrent);
        positive("inverter.switchingFrequency", switchingFrequency);
        positive("inverter.referenceJunctionTemperature", referenceJunctionTemperature);
        nonNegative("inverter.resistanceTemperatureCoefficient", resistanceTemperatureCoefficient);
        nonNegative("inverter.switchingTemperatureCoefficient", switchingTemperatureCoefficient);
    }
}
