/**
 * Whole-drivetrain checks without FMI: the vehicle model ({@code fmu-vehicle}), the quasi-static electric drive
 * ({@code fmu-motor-inverter}) and an ideal battery coupled in plain Java. This module is not a model module; it is
 * the only place where two model libraries meet outside an SSP system, and it exists to check energy balance and
 * consumption against published figures. Sub-packages: {@code battery}, {@code coupling}, {@code cli}.
 */
package dev.drivetwin.drivetrain;
