package dev.drivetwin.cosimmaster.sweep;

import dev.drivetwin.cosimmaster.system.Connector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the variants of a {@link SweepTable} on a pool of threads, each variant a complete, independent run (its own
 * FMU instances, its own result folder). A failing variant does not stop the others; its outcome carries the
 * message. Stateless.
 */
public final class ParameterSweep {
    private static final Logger LOG = LoggerFactory.getLogger(ParameterSweep.class);

    /** Runs one variant (numbered from 1) and returns the number of steps taken. */
    @FunctionalInterface
    public interface VariantRun {
        long run(int number, Map<Connector, String> values);
    }

    /** How one variant ended: steps taken, or the failure's message. */
    public record Outcome(int number, long steps, String failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private ParameterSweep() {
    }

    /**
     * @param threads variants run at the same time
     * @return one outcome per variant, in the table's order
     */
    public static List<Outcome> run(SweepTable table, int threads, VariantRun variantRun) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < table.variants().size(); i++) {
                int number = i + 1;
                Map<Connector, String> values = table.variants().get(i);
                futures.add(pool.submit(() -> outcome(number, values, variantRun)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sweep ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep variant escaped its own error handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(int number, Map<Connector, String> values, VariantRun variantRun) {
        try {
            return new Outcome(number, variantRun.run(number, values), null);
        } catch (RuntimeException e) {
            LOG.debug("variant {} failed", number, e);
            return new Outcome(number, 0, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
