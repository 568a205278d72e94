package dev.drivetwin.fmubattery.cell;

/**
 * Where a point (SOC, T) lies in the grid that all tables of one cell share, with its distances to the edges of
 * its grid cell: found once by {@link TheveninCell#locate} and then read by each table, so that the circuit's
 * parameters at one point search the axes once, not once per table. A scratch object its owner rewrites; not
 * thread-safe.
 */
public final class GridPoint {
    int socCell;
    int temperatureCell;
    // s - s0, s1 - s, t - t0, t1 - t and (s1 - s0)(t1 - t0), with s and t clamped to the axes
    double ds0;
    double ds1;
    double dt0;
    double dt1;
    double area;
}
