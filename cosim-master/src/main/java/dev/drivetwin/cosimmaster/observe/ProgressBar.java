package dev.drivetwin.cosimmaster.observe;

import java.io.PrintStream;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for long runs, redrawn in place (carriage return) at most every {@value #REDRAW_MILLIS}
 * ms: the share of simulated time done, the simulated time, steps per second of wall time and the estimated time
 * left. Meant for stderr, so that stdout keeps only results; the caller shows it only on a terminal unless asked.
 * Not thread-safe.
 */
public final class ProgressBar implements StepObserver {
    static final long REDRAW_MILLIS = 250;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final double startTime;
    private final double stopTime;
    private final LongSupplier nanoClock;
    private long startNanos;
    private long lastDrawNanos;
    private long lastStep;
    private double lastTime;
    private boolean started;
    private String ending = "";

    /** @param nanoClock the wall clock [ns], {@code System::nanoTime} outside tests */
    public ProgressBar(PrintStream out, double startTime, double stopTime, LongSupplier nanoClock) {
        this.out = out;
        this.startTime = startTime;
        this.stopTime = stopTime;
        this.nanoClock = nanoClock;
    }

    @Override
    public void started(List<FmuVariable> columns) {
        started = true;
        startNanos = nanoClock.getAsLong();
        lastDrawNanos = startNanos;
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        if (!started) {
            return;
        }
        lastStep = step;
        lastTime = time;
        long now = nanoClock.getAsLong();
        if (now - lastDrawNanos >= REDRAW_MILLIS * 1_000_000) {
            lastDrawNanos = now;
            draw(now);
        }
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        ending = "  FAILED (" + instanceName + ")";
    }

    /** Draws the final state and ends the line, so that what follows starts on a line of its own. */
    @Override
    public void finished() {
        if (!started) {
            return; // never started
        }
        draw(nanoClock.getAsLong());
        out.println(ending);
        out.flush();
    }

    private void draw(long now) {
        double fraction = Math.min(1, Math.max(0, (lastTime - startTime) / (stopTime - startTime)));
        double seconds = (now - startNanos) * 1e-9;
        double stepsPerSecond = seconds > 0 ? lastStep / seconds : 0;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = fraction > 0 && fraction < 1 ? String.format(Locale.ROOT, "ETA %.0f s", seconds * (1 - fraction)
                / fraction) : "";
        out.print(String.format(Locale.ROOT, "\r%3.0f%% [%s%s] t = %.6g s  %.0f steps/s  %-12s", 100 * fraction,
                "#".repeat(filled), " ".repeat(WIDTH - filled), lastTime, stepsPerSecond, eta));
        out.flush();
    }
}
