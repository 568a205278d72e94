package dev.drivetwin.fmuexport.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.testslaves.FaultySlave;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ChildProcessHost#serve} in a thread on piped streams and plays the native shim's part with
 * {@link ChildProtocol}, so every request and reply is checked without starting a process.
 */
@Timeout(30)
class ChildProcessHostTest {
    // ThermalMass value references, in declaration order per type (see its modelDescription.xml)
    private static final int HEAT_CAPACITY = 0;
    private static final int THERMAL_RESISTANCE = 1;
    private static final int INITIAL_TEMPERATURE = 2;
    private static final int HEAT_FLOW = 3;
    private static final int AMBIENT_TEMPERATURE = 4;
    private static final int TEMPERATURE = 5;
    private static final int STEP_COUNT = 0;
    private static final int HEATER_ENABLED = 0;
    private static final int LABEL = 0;

    @TempDir
    Path resources;

    private Shim shim;

    @AfterEach
    void close() throws Exception {
        if (shim != null) {
            shim.requests.close();
            shim.exit.get(10, TimeUnit.SECONDS);
        }
    }

    /** One reply and the log frames sent before it. */
    record Reply(int status, ByteBuffer payload, List<Log> logs) {
        String logText() {
            return logs.stream().map(Log::message).reduce("", (a, b) -> a + "\n" + b);
        }
    }

    record Log(int status, String category, String message) {
    }

    /** The shim's side of the streams. */
    static final class Shim {
        final PipedOutputStream requests = new PipedOutputStream();
        final DataInputStream replies;
        final ChildProtocol.Writer writer = new ChildProtocol.Writer(requests);
        final CompletableFuture<Integer> exit;

        Shim(String... args) throws IOException {
            PipedInputStream childIn = new PipedInputStream(requests, 1 << 16);
            PipedOutputStream childOut = new PipedOutputStream();
            replies = new DataInputStream(new PipedInputStream(childOut, 1 << 16));
            exit = CompletableFuture.supplyAsync(() -> {
                try (childOut) {
                    return ChildProcessHost.serve(args, childIn, childOut);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        ChildProtocol.Writer request(int opcode) throws IOException {
            return writer.begin(opcode);
        }

        Reply reply() throws IOException {
            List<Log> logs = new ArrayList<>();
            for (;;) {
                ByteBuffer frame = ChildProtocol.readFrame(replies);
                assertNotNull(frame, "the child host ended its stream before replying");
                int kind = frame.get() & 0xFF;
                int status = frame.get();
                if (kind == ChildProtocol.REPLY) {
                    return new Reply(status, frame, logs);
                }
                assertEquals(ChildProtocol.LOG, kind);
                logs.add(new Log(status, ChildProtocol.string(frame), ChildProtocol.string(frame)));
            }
        }

        Reply call(ChildProtocol.Writer request) throws IOException {
            request.send();
            return reply();
        }
    }

    private static String guidOf(Class<?> slaveClass) throws ReflectiveOperationException {
        return SlaveDeclaration.of((dev.drivetwin.fmuexport.slave.Slave) slaveClass.getConstructor().newInstance())
                .guid();
    }

    private Reply start(Class<?> slaveClass) throws Exception {
        shim = new Shim(slaveClass.getName(), "child-test", guidOf(slaveClass), resources.toString(), "false");
        return shim.reply();
    }

    private void stepping() throws IOException {
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.SETUP_EXPERIMENT).u8(0).f64(0).f64(0).u8(1)
                .f64(100)).status());
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.ENTER_INIT)).status());
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.EXIT_INIT)).status());
    }

    private double getReal(int vr) throws IOException {
        Reply reply = shim.call(shim.request(ChildProtocol.GET_REAL).i32(1).i32(vr));
        assertEquals(FmiStatus.OK, reply.status(), reply.logText());
        return reply.payload().getDouble();
    }

    @Test
    void greetsWithMagicAndVersionOnceTheSlaveExists() throws Exception {
        Reply greeting = start(ThermalMass.class);
        assertEquals(FmiStatus.OK, greeting.status());
        assertEquals(ChildProtocol.MAGIC, greeting.payload().getInt());
        assertEquals(ChildProtocol.VERSION, greeting.payload().getInt());
    }

    @Test
    void refusesAWrongGuidWithAFatalGreetingAndSaysWhy() throws Exception {
        shim = new Shim(ThermalMass.class.getName(), "child-test", "{not-the-guid}", resources.toString(), "false");
        Reply greeting = shim.reply();
        assertEquals(FmiStatus.FATAL, greeting.status());
        assertEquals(1, greeting.logs().size());
        assertEquals("logStatusFatal", greeting.logs().get(0).category());
        assertTrue(greeting.logText().contains("GUID mismatch"), greeting.logText());
        assertEquals(ChildProcessHost.EXIT_NO_SLAVE, shim.exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void stepsThermalMassToTheClosedFormBitForBit() throws Exception {
        start(ThermalMass.class);
        stepping();
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.SET_REAL).i32(2).i32(HEAT_FLOW)
                .i32(AMBIENT_TEMPERATURE).f64(100).f64(300)).status());
        double h = 2.5;
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.DO_STEP).f64(0).f64(h)).status());
        // The slave computes exactly this expression, and f64 crosses the stream as its bits: no round-off.
        double resistance = 0.5;
        double capacity = 1000;
        double equilibrium = 300 + 100 * resistance;
        double expected = equilibrium + (293.15 - equilibrium) * Math.exp(-h / (resistance * capacity));
        assertEquals(expected, getReal(TEMPERATURE), 0.0);
        Reply time = shim.call(shim.request(ChildProtocol.LAST_SUCCESSFUL_TIME));
        assertEquals(h, time.payload().getDouble(), 0.0);
    }

    @Test
    void getsAndSetsEveryBaseType() throws Exception {
        start(ThermalMass.class);
        Reply label = shim.call(shim.request(ChildProtocol.SET_STRING).i32(1).i32(LABEL).string("façade ✓"));
        assertEquals(FmiStatus.OK, label.status(), label.logText());
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.SET_BOOLEAN).i32(1).i32(HEATER_ENABLED)
                .i32(0)).status());
        stepping();
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.DO_STEP).f64(0).f64(1)).status());

        Reply strings = shim.call(shim.request(ChildProtocol.GET_STRING).i32(1).i32(LABEL));
        assertEquals("façade ✓", ChildProtocol.string(strings.payload()));
        Reply booleans = shim.call(shim.request(ChildProtocol.GET_BOOLEAN).i32(1).i32(HEATER_ENABLED));
        assertEquals(0, booleans.payload().getInt());
        Reply integers = shim.call(shim.request(ChildProtocol.GET_INTEGER).i32(1).i32(STEP_COUNT));
        assertEquals(1, integers.payload().getInt());
        Reply reals = shim.call(shim.request(ChildProtocol.GET_REAL).i32(3).i32(HEAT_CAPACITY)
                .i32(THERMAL_RESISTANCE).i32(INITIAL_TEMPERATURE));
        assertArrayEquals(new double[] {1000, 0.5, 293.15}, new double[] {reals.payload().getDouble(),
                reals.payload().getDouble(), reals.payload().getDouble()}, 0.0);
    }

    @Test
    void restoresAStateTakenEarlier() throws Exception {
        start(ThermalMass.class);
        stepping();
        shim.call(shim.request(ChildProtocol.SET_REAL).i32(1).i32(HEAT_FLOW).f64(50));
        shim.call(shim.request(ChildProtocol.DO_STEP).f64(0).f64(1));
        Reply saved = shim.call(shim.request(ChildProtocol.GET_STATE));
        assertEquals(FmiStatus.OK, saved.status());
        byte[] state = new byte[saved.payload().getInt()];
        saved.payload().get(state);
        double atOne = getReal(TEMPERATURE);
        shim.call(shim.request(ChildProtocol.DO_STEP).f64(1).f64(1));
        assertTrue(getReal(TEMPERATURE) != atOne);

        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.SET_STATE).bytes(state)).status());
        assertEquals(atOne, getReal(TEMPERATURE), 0.0);
        assertEquals(1.0, shim.call(shim.request(ChildProtocol.LAST_SUCCESSFUL_TIME)).payload().getDouble(), 0.0);
    }

    @Test
    void aSlaveExceptionBecomesErrorStatusAndErrorLogFrame() throws Exception {
        start(FaultySlave.class);
        stepping();
        shim.call(shim.request(ChildProtocol.SET_INTEGER).i32(1).i32(0).i32(FaultySlave.THROW));
        Reply step = shim.call(shim.request(ChildProtocol.DO_STEP).f64(0).f64(1));
        assertEquals(FmiStatus.ERROR, step.status());
        assertEquals(FmiStatus.ERROR, step.logs().get(0).status());
        assertEquals("logStatusError", step.logs().get(0).category());
        assertTrue(step.logText().contains("IllegalStateException: fault input asked for an exception"),
                step.logText());
        assertEquals(0, step.payload().remaining());
    }

    @Test
    void aSlaveExceptionAskingForDiscardBecomesDiscard() throws Exception {
        start(FaultySlave.class);
        stepping();
        shim.call(shim.request(ChildProtocol.SET_INTEGER).i32(1).i32(0).i32(FaultySlave.DISCARD));
        Reply step = shim.call(shim.request(ChildProtocol.DO_STEP).f64(0).f64(1));
        assertEquals(FmiStatus.DISCARD, step.status());
        assertEquals("logStatusDiscard", step.logs().get(0).category());
    }

    @Test
    void anUnknownValueReferenceIsAnErrorWithNoValues() throws Exception {
        start(ThermalMass.class);
        stepping();
        Reply reply = shim.call(shim.request(ChildProtocol.GET_REAL).i32(1).i32(99));
        assertEquals(FmiStatus.ERROR, reply.status());
        assertTrue(reply.logText().contains("value reference 99"), reply.logText());
        assertEquals(0, reply.payload().remaining());
    }

    @Test
    void anUnknownLogCategoryIsRefused() throws Exception {
        start(ThermalMass.class);
        Reply reply = shim.call(shim.request(ChildProtocol.SET_DEBUG_LOGGING).u8(1).i32(1).string("logNothing"));
        assertEquals(FmiStatus.ERROR, reply.status());
        assertTrue(reply.logText().contains("logNothing"), reply.logText());
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.SET_DEBUG_LOGGING).u8(1).i32(1)
                .string("logEvents")).status());
    }

    @Test
    void aMalformedRequestIsFatalButTheHostKeepsAnswering() throws Exception {
        start(ThermalMass.class);
        Reply truncated = shim.call(shim.request(ChildProtocol.GET_REAL).i32(1000));
        assertEquals(FmiStatus.FATAL, truncated.status());
        assertTrue(truncated.logText().contains("malformed"), truncated.logText());
        Reply unknown = shim.call(shim.request(77));
        assertEquals(FmiStatus.FATAL, unknown.status());
        assertTrue(unknown.logText().contains("opcode 77"), unknown.logText());
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.TERMINATE)).status());
    }

    @Test
    void closeIsAnsweredAndEndsTheLoop() throws Exception {
        start(ThermalMass.class);
        assertEquals(FmiStatus.OK, shim.call(shim.request(ChildProtocol.CLOSE)).status());
        assertEquals(ChildProcessHost.EXIT_CLOSED, shim.exit.get(10, TimeUnit.SECONDS));
        assertNull(ChildProtocol.readFrame(shim.replies));
    }

    @Test
    void theEndOfTheRequestStreamEndsTheLoop() throws Exception {
        start(ThermalMass.class);
        shim.requests.close();
        assertEquals(ChildProcessHost.EXIT_CLOSED, shim.exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void refusesAWrongNumberOfArguments() {
        assertEquals(ChildProcessHost.EXIT_BROKEN, ChildProcessHost.serve(new String[] {"only one"},
                java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream()));
    }

}
