package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.inverter.InverterLosses;
import dev.drivetwin.fmumotorinverter.machine.OperatingPoint;

/**
 * Machine and inverter at one instant. Energy balance (exact up to round-off):
 * dcVoltage * dcCurrent = shaft power + machine losses + inverter losses.
 *
 * @param machine the machine's operating point
 * @param inverter the inverter's losses
 * @param dcVoltage DC-link voltage [V]
 * @param dcCurrent current drawn from the DC link [A], negative when regenerating
 * @param modulationIndex V_phase,peak / (Vdc / 2) [1]
 * @param powerFactor cos(phi) of the fundamental at the machine terminals [1]
 * @param availableTorque motoring torque available at this speed, voltage and temperature [N.m]
 * @param availableRegenerativeTorque braking torque magnitude available likewise [N.m]
 * @param deratingFactor thermal derating applied to both [1]
 */
public record DriveOperatingPoint(OperatingPoint machine, InverterLosses inverter, double dcVoltage,
        double dcCurrent, double modulationIndex, double powerFactor, double availableTorque,
        double availableRegenerativeTorque, double deratingFactor) {

    /** Vdc * Idc [W]. */
    public double dcPower() {
        return dcVoltage * dcCurrent;
    }

    /** Every loss of machine and inverter [W]. */
    public double totalLoss() {
        return machine.machineLoss() + inverter.total();
    }

    /**
     * Shaft power / DC power when motoring, DC power / shaft power when regenerating, 0 when either is zero or
     * they have opposite signs (losses fed from both sides) [1].
     */
    public double efficiency() {
        double shaft = machine.shaftPower();
        double dc = dcPower();
        if (shaft > 0 && dc > 0) {
            return shaft / dc;
        }
        if (shaft < 0 && dc < 0) {
            return dc / shaft;
        }
        return 0;
    }
}
