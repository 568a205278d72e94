package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.slave.BooleanVariable;
import dev.drivetwin.fmuexport.slave.IntegerVariable;
import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveException;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import dev.drivetwin.fmuexport.slave.StringVariable;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.modeldescriptions.model.BaseType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One FMU instance on the Java side: a {@link Slave}, its variables indexed by value reference, its time and
 * phase. Every method returns an {@link FmiStatus} code and never throws: failures are logged through the
 * {@link SlaveLogger} with the fmi2 function's name, the variable and the value, as the host should see them.
 * Used by both the in-process JNI bridge and the out-of-process child host. Not thread-safe; the native shim
 * serialises calls per instance.
 */
public final class SlaveInstance {
    private static final int STATE_MAGIC = 0x44544653; // "DTFS": drivetwin FMU state
    private static final int STATE_VERSION = 2; // 2: the slave's state layout follows the GUID

    private final Slave slave;
    private final SlaveDeclaration declaration;
    private final SlaveLogger logger;
    private final RealVariable[] reals;
    private final IntegerVariable[] integers;
    private final BooleanVariable[] booleans;
    private final StringVariable[] strings;
    private Phase phase = Phase.INSTANTIATED;
    private double time;

    private SlaveInstance(Slave slave, SlaveDeclaration declaration, SlaveLogger logger) {
        this.slave = slave;
        this.declaration = declaration;
        this.logger = logger;
        this.reals = declaration.variables(BaseType.REAL).toArray(RealVariable[]::new);
        this.integers = declaration.variables(BaseType.INTEGER).toArray(IntegerVariable[]::new);
        this.booleans = declaration.variables(BaseType.BOOLEAN).toArray(BooleanVariable[]::new);
        this.strings = declaration.variables(BaseType.STRING).toArray(StringVariable[]::new);
    }

    /**
     * Constructs the slave class through {@code loader}, checks the host's GUID against the one derived from the
     * slave's declaration, and applies start values.
     *
     * @param expectedGuid the fmuGUID the host passed to fmi2Instantiate
     * @throws FmuExportException when the class cannot be constructed or the GUID does not match
     */
    public static SlaveInstance create(String slaveClassName, ClassLoader loader, SlaveContext context,
            String expectedGuid) {
        Slave slave = SlaveConstructor.construct(slaveClassName, loader, context);
        SlaveDeclaration declaration = SlaveDeclaration.of(slave);
        String guid = declaration.guid();
        if (!guid.equals(expectedGuid)) {
            throw new FmuExportException(FmuExportError.BAD_SLAVE_CLASS, slaveClassName,
                    "GUID mismatch: the host passed " + expectedGuid + " but this FMU's modelDescription.xml has "
                            + guid + "; the host read the description of another FMU or another version");
        }
        SlaveInstance instance = new SlaveInstance(slave, declaration, context.logger());
        instance.applyStartValues();
        return instance;
    }

    public SlaveDeclaration declaration() {
        return declaration;
    }

    /** Time of the last successful step's end [s]. */
    public double time() {
        return time;
    }

    public int setupExperiment(boolean toleranceDefined, double tolerance, double startTime,
            boolean stopTimeDefined, double stopTime) {
        try {
            slave.setupExperiment(startTime, stopTimeDefined ? stopTime : Double.NaN,
                    toleranceDefined ? tolerance : Double.NaN);
            time = startTime;
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetupExperiment", e);
        }
    }

    public int enterInitializationMode() {
        try {
            slave.enterInitializationMode();
            phase = Phase.INITIALIZATION;
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2EnterInitializationMode", e);
        }
    }

    public int exitInitializationMode() {
        try {
            slave.exitInitializationMode();
            phase = Phase.STEPPING;
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2ExitInitializationMode", e);
        }
    }

    /**
     * Advances by {@code h} from {@code t}, which must be the end of the last step (to a relative 1e-9, so a host
     * that sums its steps in floating point is not refused for round-off). The new time is {@code t + h} as the
     * host computed it, so our time never drifts from the host's.
     */
    public int doStep(double t, double h) {
        if (Math.abs(t - time) > 1e-9 * Math.max(1.0, Math.abs(time))) {
            return refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR, "fmi2DoStep: currentCommunicationPoint "
                    + t + " does not match the FMU's time " + time);
        }
        try {
            slave.doStep(t, h);
            time = t + h;
            return FmiStatus.OK;
        } catch (SlaveException e) {
            return refuse(LogCategory.LOG_STATUS_DISCARD, FmiStatus.DISCARD, "fmi2DoStep at t=" + t + " with step "
                    + h + " discarded: " + e.getMessage());
        } catch (Throwable e) {
            return failed("fmi2DoStep at t=" + t, e);
        }
    }

    public int terminate() {
        try {
            slave.terminate();
            phase = Phase.TERMINATED;
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2Terminate", e);
        }
    }

    public int reset() {
        try {
            slave.reset();
            phase = Phase.INSTANTIATED;
            time = 0;
            applyStartValues();
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2Reset", e);
        }
    }

    public int getReal(int[] vr, int n, double[] values) {
        try {
            for (int i = 0; i < n; i++) {
                RealVariable v = lookup(reals, vr[i], "fmi2GetReal", "Real");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                values[i] = v.get();
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2GetReal", e);
        }
    }

    public int setReal(int[] vr, int n, double[] values) {
        try {
            for (int i = 0; i < n; i++) {
                RealVariable v = writable(reals, vr[i], "fmi2SetReal", "Real");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                if (!v.accepts(values[i])) {
                    return refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR, "fmi2SetReal: value " + values[i]
                            + " for '" + v.name() + "' is " + (Double.isNaN(values[i]) ? "not a number"
                            : "outside " + range(v.min(), v.max())) + "; nothing was set");
                }
            }
            for (int i = 0; i < n; i++) {
                reals[vr[i]].set(values[i]);
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetReal", e);
        }
    }

    /**
     * Writes Real {@code vr} through its setter without the checks of {@link #setReal}: for a value the shim
     * already found allowed in the {@link RealWriteTable} and queued ({@link PendingRealWrites}), for which the
     * host got fmi2OK. Throws whatever the setter throws.
     */
    void setAccepted(int vr, double value) {
        reals[vr].set(value);
    }

    /** The Real variable's name in quotes, for messages, or "an unknown variable". */
    String realName(int vr) {
        return vr >= 0 && vr < reals.length ? "'" + reals[vr].name() + "'" : "an unknown variable";
    }

    /** The phase, which decides what the host may set. */
    Phase phase() {
        return phase;
    }

    public int getInteger(int[] vr, int n, int[] values) {
        try {
            for (int i = 0; i < n; i++) {
                IntegerVariable v = lookup(integers, vr[i], "fmi2GetInteger", "Integer");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                values[i] = v.get();
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2GetInteger", e);
        }
    }

    public int setInteger(int[] vr, int n, int[] values) {
        try {
            for (int i = 0; i < n; i++) {
                IntegerVariable v = writable(integers, vr[i], "fmi2SetInteger", "Integer");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                if (!v.accepts(values[i])) {
                    return refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR, "fmi2SetInteger: value " + values[i]
                            + " for '" + v.name() + "' is outside " + range(v.min(), v.max()) + "; nothing was set");
                }
            }
            for (int i = 0; i < n; i++) {
                integers[vr[i]].set(values[i]);
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetInteger", e);
        }
    }

    /** Booleans travel as 0 and 1, as fmi2Boolean does. */
    public int getBoolean(int[] vr, int n, int[] values) {
        try {
            for (int i = 0; i < n; i++) {
                BooleanVariable v = lookup(booleans, vr[i], "fmi2GetBoolean", "Boolean");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                values[i] = v.get() ? 1 : 0;
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2GetBoolean", e);
        }
    }

    public int setBoolean(int[] vr, int n, int[] values) {
        try {
            for (int i = 0; i < n; i++) {
                if (writable(booleans, vr[i], "fmi2SetBoolean", "Boolean") == null) {
                    return FmiStatus.ERROR;
                }
            }
            for (int i = 0; i < n; i++) {
                booleans[vr[i]].set(values[i] != 0);
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetBoolean", e);
        }
    }

    public int getString(int[] vr, int n, String[] values) {
        try {
            for (int i = 0; i < n; i++) {
                StringVariable v = lookup(strings, vr[i], "fmi2GetString", "String");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                values[i] = v.get();
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2GetString", e);
        }
    }

    public int setString(int[] vr, int n, String[] values) {
        try {
            for (int i = 0; i < n; i++) {
                StringVariable v = writable(strings, vr[i], "fmi2SetString", "String");
                if (v == null) {
                    return FmiStatus.ERROR;
                }
                if (values[i] == null) {
                    return refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR,
                            "fmi2SetString: value for '" + v.name() + "' is a NULL pointer; nothing was set");
                }
            }
            for (int i = 0; i < n; i++) {
                strings[vr[i]].set(values[i]);
            }
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetString", e);
        }
    }

    /**
     * The complete instance state as bytes (header, GUID, slave state layout, time, phase, slave state), or null
     * after logging a failure.
     */
    public byte[] getState() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(STATE_MAGIC);
            out.writeInt(STATE_VERSION);
            out.writeUTF(declaration.guid());
            out.writeInt(slave.stateLayout());
            out.writeDouble(time);
            out.writeByte(phase.ordinal());
            slave.writeState(out);
            out.flush();
            return bytes.toByteArray();
        } catch (Throwable e) {
            failed("fmi2GetFMUstate", e);
            return null;
        }
    }

    /**
     * Restores bytes from {@link #getState}; refuses bytes from another FMU, another version of the runtime, or a
     * build of this FMU whose slave writes another state layout.
     */
    public int setState(byte[] state) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(state));
            if (in.readInt() != STATE_MAGIC || in.readInt() != STATE_VERSION) {
                throw new FmuExportException(FmuExportError.BAD_STATE, state.length,
                        "it was not written by a drivetwin FMU of this version");
            }
            String guid = in.readUTF();
            if (!guid.equals(declaration.guid())) {
                throw new FmuExportException(FmuExportError.BAD_STATE, state.length,
                        "it belongs to the FMU with GUID " + guid + ", not " + declaration.guid());
            }
            int layout = in.readInt();
            if (layout != slave.stateLayout()) {
                throw new FmuExportException(FmuExportError.BAD_STATE, state.length, "it holds state layout "
                        + layout + " of this FMU, but this build reads layout " + slave.stateLayout()
                        + "; it was saved by another build");
            }
            double restoredTime = in.readDouble();
            Phase restoredPhase = Phase.values()[in.readByte()];
            slave.readState(in);
            time = restoredTime;
            phase = restoredPhase;
            return FmiStatus.OK;
        } catch (Throwable e) {
            return failed("fmi2SetFMUstate", e);
        }
    }

    private void applyStartValues() {
        for (VariableDeclaration<?> v : declaration.variables()) {
            if (!v.hasSetter() || !v.hasStart()) {
                continue;
            }
            if (v instanceof RealVariable r) {
                r.set(r.start());
            } else if (v instanceof IntegerVariable i) {
                i.set(i.start());
            } else if (v instanceof BooleanVariable b) {
                b.set(b.start());
            } else if (v instanceof StringVariable s) {
                s.set(s.start());
            }
        }
    }

    private <V extends VariableDeclaration<?>> V lookup(V[] table, int vr, String function, String type) {
        if (vr >= 0 && vr < table.length) {
            return table[vr];
        }
        refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR, function + ": value reference " + Integer.toUnsignedString(vr)
                + " is not a " + type + " variable of " + declaration.modelName() + validRange(table.length));
        return null;
    }

    private <V extends VariableDeclaration<?>> V writable(V[] table, int vr, String function, String type) {
        V variable = lookup(table, vr, function, type);
        if (variable == null) {
            return null;
        }
        String refusal = WriteRule.refusal(variable, phase);
        if (refusal != null) {
            refuse(LogCategory.LOG_STATUS_ERROR, FmiStatus.ERROR, function + ": cannot set '" + variable.name()
                    + "' (value reference " + vr + "): " + refusal + "; nothing was set");
            return null;
        }
        return variable;
    }

    /** The declared range as the host should read it, e.g. "[0.0, 1.0]" or "[1.0E-9, +inf)". */
    private static String range(Number min, Number max) {
        return (min == null ? "(-inf" : "[" + min) + ", " + (max == null ? "+inf)" : max + "]");
    }

    private static String validRange(int count) {
        return count == 0 ? " (it has none)" : " (valid: 0.." + (count - 1) + ")";
    }

    private int refuse(LogCategory category, int status, String message) {
        logger.log(category, message);
        return status;
    }

    private int failed(String function, Throwable e) {
        logger.log(LogCategory.LOG_STATUS_ERROR, function + " failed: " + describe(e));
        return e instanceof VirtualMachineError ? FmiStatus.FATAL : FmiStatus.ERROR;
    }

    /** The exception and its causes with the top frames of the first one, enough to find the line in the slave. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(4, trace.length); i++) {
            text.append("\n    at ").append(trace[i]);
        }
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }
}
