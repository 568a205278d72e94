package dev.drivetwin.drivetrain.battery;

import dev.drivetwin.drivetrain.DrivetrainError;
import dev.drivetwin.drivetrain.DrivetrainException;

/**
 * An ideal DC source: constant open-circuit voltage E [V] behind a constant series resistance R [Ohm] ≥ 0, so the
 * terminal voltage is V = E − R·I with I [A] positive when discharging. This is the zeroth-order equivalent circuit
 * (the "internal resistance" or Rint model; e.g. Plett, Battery Management Systems vol. 1, Artech House 2015,
 * ch. 2, the model before RC branches are added): no dependence of E on state of charge or temperature, no
 * polarisation dynamics, no capacity limit. It is enough here because WLTC class 3b draws a few kWh from a pack of
 * tens of kWh, and because the figure of interest is energy, which the resistance alone turns into loss.
 *
 * <p>The battery counts energies over the steps it is given, each current held over its step:
 * open-circuit ("chemical") energy E·I·h, terminal energy V·I·h and resistive loss R·I²·h, with discharge (I &gt; 0)
 * and charge (I &lt; 0, regeneration) kept apart. Identity, exact up to round-off per step:
 * E·I·h = V·I·h + R·I²·h. Mutable; not thread-safe.
 */
public final class IdealBattery {
    private final double openCircuitVoltage;
    private final double internalResistance;
    private double terminalEnergyDrawn;
    private double terminalEnergyRegenerated;
    private double openCircuitEnergyDrawn;
    private double openCircuitEnergyRegenerated;
    private double resistiveLoss;

    /**
     * @param openCircuitVoltage E [V], &gt; 0
     * @param internalResistance R [Ohm], ≥ 0 (0 makes the terminal voltage constant)
     * @throws DrivetrainException NOT_POSITIVE or OUT_OF_RANGE naming the field and value
     */
    public IdealBattery(double openCircuitVoltage, double internalResistance) {
        if (!(openCircuitVoltage > 0) || Double.isInfinite(openCircuitVoltage)) {
            throw new DrivetrainException(DrivetrainError.NOT_POSITIVE, "ideal battery", "openCircuitVoltage",
                    openCircuitVoltage);
        }
        if (!(internalResistance >= 0) || Double.isInfinite(internalResistance)) {
            throw new DrivetrainException(DrivetrainError.OUT_OF_RANGE, "ideal battery", "internalResistance",
                    internalResistance, "[0, inf) Ohm");
        }
        this.openCircuitVoltage = openCircuitVoltage;
        this.internalResistance = internalResistance;
    }

    /** Open-circuit voltage E [V]. */
    public double openCircuitVoltage() {
        return openCircuitVoltage;
    }

    /** Series resistance R [Ohm]. */
    public double internalResistance() {
        return internalResistance;
    }

    /** Terminal voltage E − R·I [V] at current I [A] (positive discharging). */
    public double terminalVoltage(double current) {
        return openCircuitVoltage - internalResistance * current;
    }

    /**
     * Books current I [A] (positive discharging) held over h [s].
     *
     * @throws DrivetrainException if h is not positive or I is not finite
     */
    public void deliver(double current, double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new DrivetrainException(DrivetrainError.NOT_POSITIVE, "ideal battery", "step", step);
        }
        if (!Double.isFinite(current)) {
            throw new DrivetrainException(DrivetrainError.OUT_OF_RANGE, "ideal battery", "current", current,
                    "finite A");
        }
        double terminal = terminalVoltage(current) * current * step;
        double openCircuit = openCircuitVoltage * current * step;
        if (current >= 0) {
            terminalEnergyDrawn += terminal;
            openCircuitEnergyDrawn += openCircuit;
        } else {
            terminalEnergyRegenerated -= terminal;
            openCircuitEnergyRegenerated -= openCircuit;
        }
        resistiveLoss += internalResistance * current * current * step;
    }

    /** Energy delivered at the terminals while discharging [J], ≥ 0. */
    public double terminalEnergyDrawn() {
        return terminalEnergyDrawn;
    }

    /** Energy taken in at the terminals while charging (regeneration) [J], ≥ 0. */
    public double terminalEnergyRegenerated() {
        return terminalEnergyRegenerated;
    }

    /** Open-circuit energy E·∫I dt removed while discharging [J], ≥ 0: terminal energy plus resistive loss. */
    public double openCircuitEnergyDrawn() {
        return openCircuitEnergyDrawn;
    }

    /** Open-circuit energy E·∫|I| dt stored while charging [J], ≥ 0: terminal energy minus resistive loss. */
    public double openCircuitEnergyRegenerated() {
        return openCircuitEnergyRegenerated;
    }

    /** Energy dissipated in R [J], ≥ 0. */
    public double resistiveLoss() {
        return resistiveLoss;
    }

    /** Net open-circuit energy removed [J]: drawn minus regenerated. */
    public double netOpenCircuitEnergy() {
        return openCircuitEnergyDrawn - openCircuitEnergyRegenerated;
    }
}
