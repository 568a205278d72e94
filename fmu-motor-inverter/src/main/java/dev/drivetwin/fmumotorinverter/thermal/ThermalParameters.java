package dev.drivetwin.fmumotorinverter.thermal;

import static dev.drivetwin.fmumotorinverter.MotorInverterException.positive;
import static dev.drivetwin.fmumotorinverter.MotorInverterException.within;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;

/**
 * Three first-order RC nodes, each to the coolant: stator winding, rotor magnets, power-module junctions. Each
 * node has a derating start and a limit: the available torque falls linearly from 100 % at the start to 0 at the
 * limit. Temperatures [K], capacities [J/K], resistances [K/W]. Immutable; validated on construction.
 *
 * @param windingCapacity heat capacity of the winding node [J/K]
 * @param windingResistance thermal resistance winding to coolant [K/W]
 * @param magnetCapacity heat capacity of the rotor/magnet node [J/K]
 * @param magnetResistance thermal resistance rotor to coolant [K/W]
 * @param junctionCapacity heat capacity of the power-module node [J/K]
 * @param junctionResistance thermal resistance junction to coolant [K/W]
 * @param rotorIronLossFraction share of the iron loss released in the rotor [1]; the rest heats the winding node
 * @param windingDeratingStart [K]
 * @param windingLimit [K]
 * @param magnetDeratingStart [K]
 * @param magnetLimit [K]
 * @param junctionDeratingStart [K]
 * @param junctionLimit [K]
 */
public record ThermalParameters(double windingCapacity, double windingResistance, double magnetCapacity,
        double magnetResistance, double junctionCapacity, double junctionResistance, double rotorIronLossFraction,
        double windingDeratingStart, double windingLimit, double magnetDeratingStart, double magnetLimit,
        double junctionDeratingStart, double junctionLimit) {

    public ThermalParameters {
        positive("thermal.windingCapacity", windingCapacity);
        positive("thermal.windingResistance", windingResistance);
        positive("thermal.magnetCapacity", magnetCapacity);
        positive("thermal.magnetResistance", magnetResistance);
        positive("thermal.junctionCapacity", junctionCapacity);
        positive("thermal.junctionResistance", junctionResistance);
        within("thermal.rotorIronLossFraction", rotorIronLossFraction, 0, 1);
        ordered("thermal.windingLimit", windingDeratingStart, windingLimit);
        ordered("thermal.magnetLimit", magnetDeratingStart, magnetLimit);
        ordered("thermal.junctionLimit", junctionDeratingStart, junctionLimit);
    }

    private static void ordered(String field, double start, double limit) {
        positive(field.replace("Limit", "DeratingStart"), start);
        positive(field, limit);
        if (!(limit > start)) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, field,
                    "limit " + limit + " K must lie above the derating start " + start + " K");
        }
    }
}
