package dev.drivetwin.fmuexport.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.fmuexport.testslaves.SelfCheckingSlave;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import dev.drivetwin.modeldescriptions.model.BaseType;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java side of the in-process shim's fmi2SetReal fast path: the write table the bridge publishes, and the
 * queue of values the shim accepted without calling Java, which the bridge applies before anything else in every
 * call. The tests write the shared memory the way jvm_backend.c does.
 */
class NativeBridgeTest {
    // ThermalMass value references (declaration order per type)
    private static final int HEAT_CAPACITY = 0;
    private static final int HEAT_FLOW = 3;
    private static final int AMBIENT_TEMPERATURE = 4;
    private static final int TEMPERATURE = 5;
    // SelfCheckingSlave
    private static final int POWER = 0;
    private static final int ENERGY = 1;

    private final RecordingLogger logger = new RecordingLogger(true);

    /** A bridge over a new instance of {@code slave}'s class, as fmi2Instantiate makes it. */
    private NativeBridge bridge(Slave slave) {
        SlaveInstance instance = SlaveInstance.create(slave.getClass().getName(), getClass().getClassLoader(),
                new SlaveContext("test", Path.of("."), logger), SlaveDeclaration.of(slave).guid());
        return new NativeBridge(instance, logger);
    }

    private static NativeBridge initialised(NativeBridge bridge) {
        assertEquals(FmiStatus.OK, bridge.setupExperiment(false, 0, 0, false, 0));
        assertEquals(FmiStatus.OK, bridge.enterInitializationMode());
        assertEquals(FmiStatus.OK, bridge.exitInitializationMode());
        return bridge;
    }

    /** What the shim does with an fmi2SetReal its write table clears: appends the value and raises the count. */
    private static void queue(NativeBridge bridge, int vr, double value) {
        int count = bridge.pendingControlMemory.getInt(PendingRealWrites.COUNT_OFFSET);
        if (count + 1 > bridge.pendingMemory.capacity() / PendingRealWrites.ENTRY_BYTES) {
            bridge.reservePending(count + 1);
        }
        int entry = count * PendingRealWrites.ENTRY_BYTES;
        bridge.pendingMemory.putInt(entry, vr).putDouble(entry + PendingRealWrites.VALUE_OFFSET, value);
        bridge.pendingControlMemory.putInt(PendingRealWrites.COUNT_OFFSET, count + 1);
    }

    private static int queued(NativeBridge bridge) {
        return bridge.pendingControlMemory.getInt(PendingRealWrites.COUNT_OFFSET);
    }

    private static int publishedPhase(NativeBridge bridge) {
        return bridge.pendingControlMemory.getInt(PendingRealWrites.PHASE_OFFSET);
    }

    /** fmi2GetReal of one value, as the shim makes it. */
    private static double get(NativeBridge bridge, int vr) {
        bridge.valueReferenceMemory.putInt(0, vr);
        assertEquals(FmiStatus.OK, bridge.getReal(1));
        return bridge.realMemory.getDouble(0);
    }

    /** fmi2SetReal of a batch the write table did not clear, so the shim hands it to Java. */
    private static int setThroughJava(NativeBridge bridge, int[] vr, double[] values) {
        bridge.reserve(vr.length);
        for (int i = 0; i < vr.length; i++) {
            bridge.valueReferenceMemory.putInt(i * Integer.BYTES, vr[i]);
            bridge.realMemory.putDouble(i * Double.BYTES, values[i]);
        }
        return bridge.setReal(vr.length);
    }

    @Test
    void publishesAWriteTableThatAgreesWithWriteRuleForEveryRealAndPhase() {
        NativeBridge bridge = bridge(new ThermalMass());
        List<VariableDeclaration<?>> reals = SlaveDeclaration.of(new ThermalMass()).variables(BaseType.REAL);
        ByteBuffer table = bridge.writeTableMemory;
        assertEquals(reals.size() * RealWriteTable.ENTRY_BYTES, table.capacity(), "one entry per Real");
        for (int vr = 0; vr < reals.size(); vr++) {
            RealVariable variable = (RealVariable) reals.get(vr);
            int entry = vr * RealWriteTable.ENTRY_BYTES;
            int phases = table.getInt(entry + RealWriteTable.PHASES_OFFSET);
            for (Phase phase : Phase.values()) {
                boolean allowed = WriteRule.refusal(variable, phase) == null;
                assertEquals(allowed, (phases & 1 << phase.ordinal()) != 0, variable.name() + " in " + phase);
            }
            assertEquals(0, phases >>> Phase.values().length, variable.name() + ": no bit beyond the phases");
            double min = variable.min() == null ? Double.NEGATIVE_INFINITY : variable.min();
            double max = variable.max() == null ? Double.POSITIVE_INFINITY : variable.max();
            assertEquals(min, table.getDouble(entry + RealWriteTable.MIN_OFFSET), variable.name() + " min");
            assertEquals(max, table.getDouble(entry + RealWriteTable.MAX_OFFSET), variable.name() + " max");
        }
        // Spot checks against ThermalMass's declaration, so a WriteRule that allowed everything would fail here.
        int steppingBit = 1 << Phase.STEPPING.ordinal();
        assertEquals(steppingBit, table.getInt(HEAT_FLOW * RealWriteTable.ENTRY_BYTES) & steppingBit, "input");
        assertEquals(0, table.getInt(1 * RealWriteTable.ENTRY_BYTES) & steppingBit, "fixed parameter");
        assertEquals(0, table.getInt(TEMPERATURE * RealWriteTable.ENTRY_BYTES), "output: never");
        assertEquals(1e-9, table.getDouble(HEAT_CAPACITY * RealWriteTable.ENTRY_BYTES + RealWriteTable.MIN_OFFSET));
    }

    @Test
    void publishesThePhaseAfterEveryTransition() {
        NativeBridge bridge = bridge(new ThermalMass());
        assertEquals(Phase.INSTANTIATED.ordinal(), publishedPhase(bridge));
        assertEquals(FmiStatus.OK, bridge.setupExperiment(false, 0, 0, false, 0));
        assertEquals(FmiStatus.OK, bridge.enterInitializationMode());
        assertEquals(Phase.INITIALIZATION.ordinal(), publishedPhase(bridge));
        byte[] inInitialization = bridge.getState();
        assertEquals(FmiStatus.OK, bridge.exitInitializationMode());
        assertEquals(Phase.STEPPING.ordinal(), publishedPhase(bridge));
        assertEquals(FmiStatus.OK, bridge.terminate());
        assertEquals(Phase.TERMINATED.ordinal(), publishedPhase(bridge));
        assertEquals(FmiStatus.OK, bridge.setState(inInitialization));
        assertEquals(Phase.INITIALIZATION.ordinal(), publishedPhase(bridge), "setState restores the phase");
        assertEquals(FmiStatus.OK, bridge.reset());
        assertEquals(Phase.INSTANTIATED.ordinal(), publishedPhase(bridge));
    }

    @Test
    void aQueuedValueIsSeenByTheNextGet() {
        NativeBridge bridge = initialised(bridge(new ThermalMass()));
        queue(bridge, HEAT_FLOW, 77);
        assertEquals(77.0, get(bridge, HEAT_FLOW));
        assertEquals(0, queued(bridge), "applied values leave the queue");
    }

    @Test
    void queuedValuesApplyInTheOrderSetSoTheLastOneStays() {
        NativeBridge bridge = initialised(bridge(new ThermalMass()));
        queue(bridge, HEAT_FLOW, 1);
        queue(bridge, HEAT_FLOW, 2);
        queue(bridge, AMBIENT_TEMPERATURE, 300);
        queue(bridge, HEAT_FLOW, 3);
        assertEquals(FmiStatus.OK, bridge.doStep(0, 10));
        // One exact step from T0 = 293.15 K: T = T_inf + (T0 - T_inf) exp(-h / (R C)), T_inf = Ta + Q R, with the
        // last heat flow (3 W), R = 0.5 K/W, C = 1000 J/K. The slave evaluates the same expression, so only the
        // order of its operations can differ: a few ulp of 300 K, well inside 1e-12 K.
        double equilibrium = 300 + 3 * 0.5;
        double expected = equilibrium + (293.15 - equilibrium) * Math.exp(-10 / (0.5 * 1000));
        assertEquals(expected, get(bridge, TEMPERATURE), 1e-12);
        assertEquals(3.0, get(bridge, HEAT_FLOW));
    }

    @Test
    void aSavedStateIncludesTheQueuedValuesAndRestoresThem() {
        NativeBridge bridge = initialised(bridge(new ThermalMass()));
        queue(bridge, HEAT_FLOW, 10);
        byte[] saved = bridge.getState();
        queue(bridge, HEAT_FLOW, 20);
        assertEquals(FmiStatus.OK, bridge.setState(saved));
        assertEquals(10.0, get(bridge, HEAT_FLOW));
    }

    @Test
    void aRefusedBatchAppliesTheEarlierQueueAndSetsNothingOfItsOwn() {
        NativeBridge bridge = initialised(bridge(new ThermalMass()));
        queue(bridge, HEAT_FLOW, 5);
        int status = setThroughJava(bridge, new int[] {HEAT_FLOW, HEAT_CAPACITY}, new double[] {7, Double.NaN});
        assertEquals(FmiStatus.ERROR, status);
        assertTrue(logger.last().contains("fmi2SetReal: value NaN for 'heatCapacity' is not a number"),
                logger.last());
        assertEquals(5.0, get(bridge, HEAT_FLOW), "the earlier fmi2SetReal returned OK, so it stays set");
        assertEquals(1000.0, get(bridge, HEAT_CAPACITY));
    }

    @Test
    void growingTheQueueKeepsWhatIsQueued() {
        NativeBridge bridge = initialised(bridge(new ThermalMass()));
        int initialCapacity = bridge.pendingMemory.capacity() / PendingRealWrites.ENTRY_BYTES;
        int n = 3 * initialCapacity + 1;
        for (int i = 0; i < n; i++) {
            queue(bridge, i % 2 == 0 ? HEAT_FLOW : AMBIENT_TEMPERATURE, 300 + i);
        }
        assertTrue(bridge.pendingMemory.capacity() / PendingRealWrites.ENTRY_BYTES >= n);
        assertEquals(n, queued(bridge));
        // n is odd: the last value, 300 + n - 1, went to heatFlow, the one before it to ambientTemperature.
        assertEquals(300.0 + n - 1, get(bridge, HEAT_FLOW));
        assertEquals(300.0 + n - 2, get(bridge, AMBIENT_TEMPERATURE));
    }

    @Test
    void aSetterThatThrowsWhileApplyingFailsTheCurrentCallNamingTheEarlierSet() {
        NativeBridge bridge = initialised(bridge(new SelfCheckingSlave()));
        queue(bridge, POWER, 10);
        queue(bridge, POWER, 2 * SelfCheckingSlave.LIMIT);
        queue(bridge, POWER, 20);
        assertEquals(FmiStatus.ERROR, bridge.doStep(0, 1));
        String message = logger.last();
        for (String named : List.of("fmi2DoStep", "earlier fmi2SetReal", "'power'", "value reference 0", "2000.0",
                "1 values set after it were dropped", "above the limit")) {
            assertTrue(message.contains(named), () -> "does not name '" + named + "': " + message);
        }
        assertEquals(0, queued(bridge));
        assertEquals(10.0, get(bridge, POWER), "values before the failing one stay applied");
        assertEquals(0.0, get(bridge, ENERGY), "the step that failed did not run");
    }

    @Test
    void everyCallAppliesTheQueueFirst() {
        NativeBridge bridge = initialised(bridge(new SelfCheckingSlave()));
        queue(bridge, POWER, 2 * SelfCheckingSlave.LIMIT);
        assertNull(bridge.getState(), "fmi2GetFMUstate fails with the value that cannot be applied");
        assertTrue(logger.last().startsWith("3 logStatusError: fmi2GetFMUstate: applying an earlier fmi2SetReal"),
                logger.last());
        queue(bridge, POWER, 2 * SelfCheckingSlave.LIMIT);
        assertTrue(Double.isNaN(bridge.lastSuccessfulTime()), "fmi2GetRealStatus fails");
        assertTrue(logger.last().contains("fmi2GetRealStatus: applying"), logger.last());
        queue(bridge, POWER, 2 * SelfCheckingSlave.LIMIT);
        assertEquals(FmiStatus.ERROR, bridge.setDebugLogging(true, new String[0]));
        assertTrue(logger.last().contains("fmi2SetDebugLogging: applying"), logger.last());
        queue(bridge, POWER, 2 * SelfCheckingSlave.LIMIT);
        assertEquals(FmiStatus.ERROR, bridge.reset());
        assertTrue(logger.last().contains("fmi2Reset: applying"), logger.last());
        assertEquals(0, queued(bridge));
    }
}
