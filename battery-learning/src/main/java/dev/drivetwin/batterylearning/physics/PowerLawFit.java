package dev.drivetwin.batterylearning.physics;

import dev.drivetwin.fmubattery.residual.PowerLawFade;
import java.util.OptionalDouble;

/**
 * Least-squares fits of the fade law C(n) = C0·(1 - a·n^z) ({@link PowerLawFade}). For a fixed exponent z the law
 * is linear in its other constants, so the fit solves that linear problem in closed form on a grid of z (step
 * 0.01 over [0.05, 5]), then on a grid 100 times finer around the best point: deterministic, no starting guess,
 * and the sum of squares is smooth in z, so the fine grid settles z to 1e-4.
 */
public final class PowerLawFit {
    private static final double LOWEST_EXPONENT = 0.05;
    private static final double HIGHEST_EXPONENT = 5;
    private static final double COARSE_STEP = 0.01;

    private PowerLawFit() {
    }

    /** C0, a and z all free, from capacities [C] at cycle numbers {@code cycles}. */
    public static PowerLawFade fit(double[] cycles, double[] capacities) {
        return search(z -> freeIntercept(cycles, capacities, z));
    }

    /** C0, a and z, z given if {@code exponent} is present (e.g. 1: linear fade, 0.5: Schmalstieg's square root). */
    public static PowerLawFade fit(double[] cycles, double[] capacities, OptionalDouble exponent) {
        return exponent.isPresent() ? freeIntercept(cycles, capacities, exponent.getAsDouble()).law()
                : fit(cycles, capacities);
    }

    /** {@link #fitRelative(double[], double[], double)} with z given if {@code exponent} is present. */
    public static PowerLawFade fitRelative(double[] cycles, double[] relative, double initialCapacity,
            OptionalDouble exponent) {
        if (exponent.isEmpty()) {
            return fitRelative(cycles, relative, initialCapacity);
        }
        PowerLawFade unit = fixedIntercept(cycles, relative, exponent.getAsDouble()).law();
        return new PowerLawFade(initialCapacity, unit.coefficient(), unit.exponent());
    }

    /**
     * a and z from capacities relative to each cell's first-cycle capacity ({@code relative} [1]), C0 given: the
     * cross-cell case, where a new cell's only measurement is its first capacity.
     */
    public static PowerLawFade fitRelative(double[] cycles, double[] relative, double initialCapacity) {
        PowerLawFade unit = search(z -> fixedIntercept(cycles, relative, z));
        return new PowerLawFade(initialCapacity, unit.coefficient(), unit.exponent());
    }

    private interface Candidate {
        Scored at(double exponent);
    }

    private record Scored(PowerLawFade law, double squares) {
    }

    private static PowerLawFade search(Candidate candidate) {
        Scored best = scan(candidate, LOWEST_EXPONENT, HIGHEST_EXPONENT, COARSE_STEP, null);
        double z = best.law().exponent();
        return scan(candidate, Math.max(LOWEST_EXPONENT, z - COARSE_STEP), z + COARSE_STEP, COARSE_STEP / 100, best)
                .law();
    }

    private static Scored scan(Candidate candidate, double from, double to, double step, Scored start) {
        Scored best = start;
        int steps = (int) Math.round((to - from) / step);
        for (int k = 0; k <= steps; k++) {
            Scored s = candidate.at(from + k * step);
            if (best == null || s.squares() < best.squares()) {
                best = s;
            }
        }
        return best;
    }

    /** C = c0 - b·n^z by ordinary least squares in (c0, b). */
    private static Scored freeIntercept(double[] n, double[] c, double z) {
        int m = n.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < m; k++) {
            double x = Math.pow(n[k], z);
            sx += x;
            sy += c[k];
            sxx += x * x;
            sxy += x * c[k];
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        double c0 = (sy - slope * sx) / m;
        PowerLawFade law = new PowerLawFade(c0, -slope / c0, z);
        return new Scored(law, squares(law, n, c));
    }

    /** 1 - r = a·n^z by least squares through the origin. */
    private static Scored fixedIntercept(double[] n, double[] r, double z) {
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n.length; k++) {
            double x = Math.pow(n[k], z);
            sxy += x * (1 - r[k]);
            sxx += x * x;
        }
        PowerLawFade law = new PowerLawFade(1, sxy / sxx, z);
        return new Scored(law, squares(law, n, r));
    }

    private static double squares(PowerLawFade law, double[] n, double[] c) {
        double sum = 0;
        for (int k = 0; k < n.length; k++) {
            double e = law.capacity(n[k]) - c[k];
            sum += e * e;
        }
        return sum;
    }
}
