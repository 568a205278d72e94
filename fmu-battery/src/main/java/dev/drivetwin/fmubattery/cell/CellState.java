package dev.drivetwin.fmubattery.cell;

/**
 * The electrical state of one {@link TheveninCell}: state of charge [1] and the polarisation voltages u1, u2 [V]
 * across its two RC pairs. A value; immutable and thread-safe.
 *
 * @param soc state of charge of the present capacity [1]
 * @param u1 voltage across the fast RC pair [V], positive on discharge
 * @param u2 voltage across the slow RC pair [V], positive on discharge
 */
public record CellState(double soc, double u1, double u2) {
}
