package dev.drivetwin.cosimmaster.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.system.ConnectionSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParameterSweepTest {
    private static SweepTable table(int variants) {
        return new SweepTable(java.util.stream.IntStream.range(0, variants)
                .mapToObj(i -> Map.of(ConnectionSource.parse("a.gain"), Integer.toString(i))).toList());
    }

    /** A variant that counts itself in and waits for the other; returns its number as its step count. */
    private static long meet(CountDownLatch bothStarted, int number, long timeoutMillis) {
        bothStarted.countDown();
        try {
            if (!bothStarted.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("variant " + number + " ran alone");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return number;
    }

    /**
     * Each variant waits until both have started: with two threads they meet and finish; run one after another,
     * the first would wait out the latch's timeout and fail. No timing is measured, only whether they overlapped.
     */
    @Test
    void variantsRunAtTheSameTimeOnTwoThreads() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<ParameterSweep.Outcome> outcomes = ParameterSweep.run(table(2), 2, (number, values) -> meet(bothStarted, number, 30_000));
        assertEquals(List.of(true, true), outcomes.stream().map(ParameterSweep.Outcome::succeeded).toList(),
                outcomes::toString);
        assertEquals(List.of(1L, 2L), outcomes.stream().map(ParameterSweep.Outcome::steps).toList(),
                "outcomes in the table's order");
    }

    /** The converse, so that the test above can fail: on one thread the second variant starts only after the first. */
    @Test
    void oneThreadRunsTheVariantsOneAfterAnother() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<ParameterSweep.Outcome> outcomes = ParameterSweep.run(table(2), 1, (number, values) -> meet(bothStarted, number, 100));
        assertTrue(outcomes.get(0).failure().contains("variant 1 ran alone"), outcomes::toString);
        assertTrue(outcomes.get(1).succeeded(), "the second finds the first already counted");
    }
}
