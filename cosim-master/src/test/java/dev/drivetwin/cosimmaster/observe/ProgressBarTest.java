package dev.drivetwin.cosimmaster.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsShareDoneRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar(out, 100, 200, () -> now);
        bar.started(List.of());
        // 25 steps of 2 s simulated in 1.25 s of wall time (drawn every 5th step): half done, 20 steps/s, so
        // another 1.25 s left, printed rounded to whole seconds
        for (int k = 1; k <= 25; k++) {
            now = k * 50_000_000L;
            bar.stepped(k, 100 + 2 * k, new double[0]);
        }
        String last = text().substring(text().lastIndexOf('\r') + 1);
        assertTrue(last.startsWith(" 50% [###############               ]"), last);
        assertTrue(last.contains("t = 150.000 s"), last);
        assertTrue(last.contains(" 20 steps/s"), last);
        assertTrue(last.contains("ETA 1 s"), last);
    }

    @Test
    void redrawsAtMostEveryQuarterSecond() {
        ProgressBar bar = new ProgressBar(out, 0, 1000, () -> now);
        bar.started(List.of());
        for (int k = 1; k <= 1000; k++) {
            now = k * 1_000_000L; // 1 ms per step: 1 s in all
            bar.stepped(k, k, new double[0]);
        }
        long redraws = text().chars().filter(c -> c == '\r').count();
        assertEquals(1000 / ProgressBar.REDRAW_MILLIS, redraws);
    }

    @Test
    void endsItsLineAndSaysWhichInstanceFailed() {
        ProgressBar bar = new ProgressBar(out, 0, 10, () -> now);
        bar.started(List.of());
        now = 1_000_000_000L;
        bar.stepped(3, 3, new double[0]);
        bar.failed("battery", 3, new IllegalStateException());
        bar.finished();
        assertTrue(text().contains(" 30% "), text());
        assertTrue(text().endsWith("FAILED (battery)" + System.lineSeparator()), text());
    }

    @Test
    void printsNothingForARunThatNeverStarted() {
        new ProgressBar(out, 0, 10, () -> now).finished();
        assertEquals("", text());
    }
}
