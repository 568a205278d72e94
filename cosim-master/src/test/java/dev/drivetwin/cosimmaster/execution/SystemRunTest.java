package dev.drivetwin.cosimmaster.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.algorithm.GaussSeidelAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.VariableStepAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.VariableStepParameters;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.Connection;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.DirectFeedthrough;
import dev.drivetwin.cosimmaster.system.ScriptedFmu;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemRunTest {

    /** x' = 1 integrated exactly: x after the step is x + h; output x. */
    static ScriptedFmu clock(String name, boolean canSaveState) {
        return new ScriptedFmu(name, canSaveState).variable("u", "input").variable("x", "output")
                .step((f, timeAndStep) -> f.set("x", f.get("x") + timeAndStep[1]));
    }

    static CoupledSystem pair(ScriptedFmu a, ScriptedFmu b) {
        return new CoupledSystem("pair", List.of(new Component("a", a, DirectFeedthrough.NONE),
                new Component("b", b, DirectFeedthrough.NONE)),
                List.of(Connection.of(ConnectionSource.parse("a.x"), ConnectionSource.parse("b.u"))));
    }

    static List<RecordedVariable> recordX(CoupledSystem system) {
        return List.of(new RecordedVariable(system.component("a"), system.component("a").variable("x")),
                new RecordedVariable(system.component("b"), system.component("b").variable("x")));
    }

    @Test
    void aFailingFmuStillDeliversEveryRowBeforeItAndNamesItselfAndTheTime() {
        ScriptedFmu failing = clock("b", true).step((f, timeAndStep) -> {
            if (timeAndStep[0] >= 0.3 - 1e-12) {
                throw new MasterException(MasterError.FMI_CALL, "B.fmu", "fmi2DoStep", "fmi2Error", "");
            }
            f.set("x", f.get("x") + timeAndStep[1]);
        });
        CoupledSystem system = pair(clock("a", true), failing);
        ResultRows rows = new ResultRows();
        MasterException e = assertThrows(MasterException.class, () -> new SystemRun(system,
                new GaussSeidelAlgorithm(system, new FixedStepExperiment(0, 1, 0.1)), 0, 1, recordX(system),
                List.of(rows), RealTimePacer.unpaced()).run());
        assertTrue(e.getMessage().contains("component 'b' failed at t = 0.30000000000000004 s")
                || e.getMessage().contains("component 'b' failed at t = 0.3 s"), e.getMessage());
        assertTrue(e.getMessage().contains("B.fmu"), e.getMessage());
        assertEquals(4, rows.size(), "rows at 0, 0.1, 0.2 and 0.3 s");
        assertEquals("b at " + rows.time(3), rows.failure(), "failed names the component and the last row's time");
        assertTrue(rows.isFinished());
    }

    /**
     * x' = u with u scripted to 2 from t = 0.3 s: steps at 0.3 .. 0.9 see u = 2, so x(1) = 7 * 0.1 * 2 = 1.4,
     * exact but for the round-off of seven sums (1e-15); a change applied one step late would give 1.2.
     */
    @Test
    void appliesScriptedInputChangesBeforeTheStepStartingAtTheirTime() {
        ScriptedFmu integrator = new ScriptedFmu("a", true).variable("u", "input").variable("x", "output")
                .step((f, timeAndStep) -> f.set("x", f.get("x") + f.get("u") * timeAndStep[1]));
        CoupledSystem system = new CoupledSystem("one", List.of(new Component("a", integrator,
                DirectFeedthrough.NONE)), List.of());
        Component a = system.component("a");
        ResultRows rows = new ResultRows();
        new SystemRun(system, new JacobiAlgorithm(system, new FixedStepExperiment(0, 1, 0.1), 1), 0, 1,
                List.of(new RecordedVariable(a, a.variable("x"))), List.of(rows), RealTimePacer.unpaced(),
                List.of(new ComponentInputChange(a, new InputChange(0.3, a.variable("u"), "2")))).run();
        assertEquals(0, rows.value(3, "a.x"), 0.0, "no input before 0.3 s");
        assertEquals(1.4, rows.value(rows.size() - 1, "a.x"), 1e-12);
        assertEquals(null, rows.failure());
    }

    @Test
    void multiRateStepsTheSlowComponentEveryThirdBaseStep() {
        ScriptedFmu fast = clock("a", true);
        ScriptedFmu slow = clock("b", true);
        CoupledSystem system = new CoupledSystem("pair", List.of(new Component("a", fast, DirectFeedthrough.NONE),
                new Component("b", slow, DirectFeedthrough.NONE, 3, Map.of())), List.of());
        ResultRows rows = new ResultRows();
        new SystemRun(system, new JacobiAlgorithm(system, new FixedStepExperiment(0, 1, 0.1), 1), 0, 1,
                recordX(system), List.of(rows), RealTimePacer.unpaced()).run();
        assertEquals(10, fast.calls().stream().filter(c -> c.startsWith("doStep")).count());
        // at base steps 0, 3, 6, 9: steps of 0.3, 0.3, 0.3 and the last one cut to the stop time, 0.1
        assertEquals(List.of(0.0, 0.3, 0.6, 0.9), slow.calls().stream().filter(c -> c.startsWith("doStep"))
                .map(c -> Double.parseDouble(c.split(" ")[1])).map(t -> Math.round(t * 10) / 10.0).toList());
        assertEquals(1.0, rows.value(rows.size() - 1, "b.x"), 1e-12, "both reach the stop time");
        assertEquals(0.3, rows.value(1, "b.x"), 1e-12, "the slow one is ahead between its steps");
    }

    @Test
    void variableStepRefusesFmusWithoutStateNamingThem() {
        CoupledSystem system = pair(clock("a", false), clock("b", true));
        MasterException e = assertThrows(MasterException.class, () -> new VariableStepAlgorithm(system,
                VariableStepParameters.around(0.1, 1e-6, 1e-6)));
        assertEquals(MasterError.STATE_NOT_SUPPORTED, e.error());
        assertTrue(e.getMessage().contains("'a'") && !e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void initializationSolvesAContractingLoop() {
        // y1 = 0.5 u1 + 1, y2 = 0.5 u2 + 1, u2 = y1, u1 = y2: the fixed point is y1 = y2 = 2
        ScriptedFmu a = affine("a", 0.5);
        ScriptedFmu b = affine("b", 0.5);
        CoupledSystem system = ring(a, b);
        int passes = FixedPointInitialization.DEFAULT.solve(system, 0);
        // the error shrinks by 0.25 per pass (two gains of 0.5); 1e-10 takes about 17 passes
        assertTrue(passes < 30, "passes " + passes);
        assertEquals(2, a.get("y"), 1e-9);
        assertEquals(2, b.get("y"), 1e-9);
    }

    @Test
    void initializationReportsADivergingLoopByItsConnectors() {
        CoupledSystem system = ring(affine("a", 2), affine("b", 2));
        MasterException e = assertThrows(MasterException.class,
                () -> new FixedPointInitialization(1e-10, 50).solve(system, 0));
        assertTrue(e.getMessage().contains("a.y") && e.getMessage().contains("b.u"), e.getMessage());
    }

    /** An FMU with y = gain * u + 1, y depending directly on u. */
    private static ScriptedFmu affine(String name, double gain) {
        return new ScriptedFmu(name, true).variable("u", "input").variable("y", "output")
                .outputs(f -> f.set("y", gain * f.get("u") + 1));
    }

    /** a.y feeds b.u and b.y feeds a.u, both directly through: an algebraic loop. */
    private static CoupledSystem ring(ScriptedFmu a, ScriptedFmu b) {
        DirectFeedthrough through = DirectFeedthrough.of(Map.of("y", Set.of("u")));
        return new CoupledSystem("ring", List.of(new Component("a", a, through), new Component("b", b, through)),
                List.of(Connection.of(ConnectionSource.parse("a.y"), ConnectionSource.parse("b.u")),
                        Connection.of(ConnectionSource.parse("b.y"), ConnectionSource.parse("a.u"))));
    }
}
