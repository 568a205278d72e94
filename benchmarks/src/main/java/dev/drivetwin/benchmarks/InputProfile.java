package dev.drivetwin.benchmarks;

/**
 * Precomputed input signals, so that the timed loop changes every input each step (nothing can be constant-folded
 * or cached by the model) without paying for {@code Math.sin} inside the measurement. Each signal is a mean plus
 * sines whose periods divide the table length, so wrapping around the table is seamless.
 */
final class InputProfile {
    /** Table length: 65 536 steps, 65.5 s at 1 ms. */
    static final int LENGTH = 1 << 16;
    private static final int MASK = LENGTH - 1;
    private final double[][] columns;

    /**
     * @param terms per input: {mean, amplitude1, cycles1, amplitude2, cycles2, ...}, a cycles value being the
     *              number of whole periods over the table
     */
    InputProfile(double[]... terms) {
        columns = new double[terms.length][LENGTH];
        for (int c = 0; c < terms.length; c++) {
            for (int k = 0; k < LENGTH; k++) {
                double v = terms[c][0];
                for (int j = 1; j + 1 < terms[c].length; j += 2) {
                    v += terms[c][j] * Math.sin(2 * Math.PI * terms[c][j + 1] * k / LENGTH);
                }
                columns[c][k] = v;
            }
        }
    }

    /** Writes the inputs of step {@code k} into {@code into}. */
    void at(long k, double[] into) {
        int i = (int) (k & MASK);
        for (int c = 0; c < columns.length; c++) {
            into[c] = columns[c][i];
        }
    }
}
