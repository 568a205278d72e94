package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import org.junit.jupiter.api.Test;

class TimedFmuInstanceTest {

    @Test
    void countsEveryDoStepAndPassesTheCallsThrough() {
        ScriptedFmuInstance.Clock clock = new ScriptedFmuInstance.Clock();
        ScriptedFmuInstance scripted = new ScriptedFmuInstance(clock, 1000);
        TimedFmuInstance timed = new TimedFmuInstance(scripted);
        timed.writeNumber(ScriptedFmuInstance.SPEED, 2);
        for (int k = 0; k < 3; k++) {
            timed.doStep(k * 0.5, 0.5);
        }
        assertEquals(3, timed.doStepCalls());
        // position = 2 m/s * 3 * 0.5 s, exact in binary
        assertEquals(3.0, timed.readNumber(ScriptedFmuInstance.POSITION, 1.5), 0.0);
        // the real clock runs at least as long as the calls; the scripted clock is not what is timed
        assertTrue(timed.doStepNanos() > 0);
        timed.close();
        assertTrue(scripted.closed());
    }

    @Test
    void countsAFailedDoStep() {
        TimedFmuInstance timed = new TimedFmuInstance(new ScriptedFmuInstance(new ScriptedFmuInstance.Clock(), 0));
        timed.writeNumber(ScriptedFmuInstance.FAULT, 1);
        assertThrows(MasterException.class, () -> timed.doStep(0, 1));
        assertEquals(1, timed.doStepCalls());
    }
}
