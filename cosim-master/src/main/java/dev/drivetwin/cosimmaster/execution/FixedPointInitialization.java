package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent initial inputs, found in initialization mode by fixed-point iteration: every connection passes its
 * output to its input, over and over, until no input changes by more than
 * {@code tolerance * (1 + |value|)} in a whole pass. Without algebraic loops this ends after the longest chain of
 * connections plus one pass; with a loop it converges when the loop's gain is below 1 in magnitude, and otherwise
 * fails naming the loops. Immutable; each call works on the system given.
 */
public record FixedPointInitialization(double tolerance, int maxIterations) {
    private static final Logger LOG = LoggerFactory.getLogger(FixedPointInitialization.class);

    /** 1e-10 relative and 100 passes: a contraction with gain 0.7 gets there, slower ones fail loudly. */
    public static final FixedPointInitialization DEFAULT = new FixedPointInitialization(1e-10, 100);

    public FixedPointInitialization {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance " + tolerance + " must be positive and iterations "
                    + maxIterations + " at least 1");
        }
    }

    /**
     * @return the number of passes made
     * @throws MasterException ALGEBRAIC_LOOP_DIVERGED when the inputs still change after maxIterations passes
     */
    public int solve(CoupledSystem system, double time) {
        List<CoupledSystem.Link> links = system.links();
        double[] values = new double[links.size()];
        Arrays.fill(values, Double.NaN);
        double change = Double.POSITIVE_INFINITY;
        for (int pass = 1; pass <= maxIterations; pass++) {
            change = 0;
            for (int i = 0; i < values.length; i++) {
                CoupledSystem.Link link = links.get(i);
                double value = link.connection().apply(link.source().read(link.output(), time));
                double difference = Math.abs(value - values[i]) / (1 + Math.abs(value));
                change = Double.isNaN(difference) ? Double.POSITIVE_INFINITY : Math.max(change, difference);
                values[i] = value;
                link.target().write(link.input(), value, time);
            }
            if (change <= tolerance && pass > 1) {
                LOG.debug("{}: initial inputs consistent after {} passes", system.name(), pass);
                return pass;
            }
        }
        throw new MasterException(MasterError.ALGEBRAIC_LOOP_DIVERGED, system.name(),
                system.algebraicLoops().isEmpty() ? "(none found; the FMUs' outputs keep changing)"
                        : system.algebraicLoops().toString(), maxIterations, Double.toString(change));
    }
}
