package dev.drivetwin.cosimmaster.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer against a simulated wall clock: which waits it asks for, not how long the machine took. */
class RealTimePacerTest {

    /** A clock that only moves when the pacer waits on it, or when the "FMUs" take time. */
    static final class FakeClock implements RealTimePacer.WallClock {
        long now;
        final List<Long> waits = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void waitNanos(long nanos) {
            waits.add(nanos);
            now += nanos;
        }
    }

    @Test
    void twiceRealTimeHoldsHalfASecondPerSimulatedSecond() {
        FakeClock clock = new FakeClock();
        RealTimePacer pacer = new RealTimePacer(2, clock);
        pacer.start(10);
        pacer.pace(11);
        pacer.pace(12);
        assertEquals(List.of(500_000_000L, 500_000_000L), clock.waits);
        assertEquals(1_000_000_000L, clock.now);
    }

    @Test
    void aRunSlowerThanTheTargetIsNotHeld() {
        FakeClock clock = new FakeClock();
        RealTimePacer pacer = new RealTimePacer(1, clock);
        pacer.start(0);
        clock.now = 2_000_000_000L; // the step took 2 s of wall time for 1 s simulated
        pacer.pace(1);
        assertEquals(List.of(), clock.waits);
        pacer.pace(3); // due at 3 s wall: one more second
        assertEquals(List.of(1_000_000_000L), clock.waits);
    }
}
