package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * fmi2SetReal values that the in-process shim accepted on its own, because every one passed the
 * {@link RealWriteTable}, and queued in direct memory instead of calling Java. The bridge applies them, in the
 * order the host set them, at the start of every call before doing anything else, so every later call (a get, a
 * step, a saved state) sees them as if each fmi2SetReal had reached Java at once. A value set twice is applied
 * twice, so the last one stays.
 *
 * <p>Layout, native byte order (jvm_backend.c, struct pending_control and struct pending_real):
 * <pre>
 *   control  offset 0  int  phase: SlaveInstance's Phase.ordinal(), written by Java whenever it may have changed;
 *                           the shim queues only while this is the phase its own state maps to
 *            offset 4  int  count: entries queued, raised by the shim, set back to 0 by Java when it applies them
 *   entries  count x {@link #ENTRY_BYTES}: int value reference at 0, int unused at 4, double value at 8
 * </pre>
 * The shim grows the entries through {@link #reserve}, which keeps what is queued. Not thread-safe; the shim
 * serialises calls per instance.
 */
final class PendingRealWrites {
    static final int PHASE_OFFSET = 0;
    static final int COUNT_OFFSET = 4;
    static final int CONTROL_BYTES = 8;
    static final int ENTRY_BYTES = 16;
    static final int VALUE_OFFSET = 8;
    private static final int INITIAL_CAPACITY = 16;

    private final ByteBuffer control;
    private ByteBuffer entries;

    PendingRealWrites() {
        control = ByteBuffer.allocateDirect(CONTROL_BYTES).order(ByteOrder.nativeOrder());
        entries = allocate(INITIAL_CAPACITY);
    }

    private static ByteBuffer allocate(int capacity) {
        return ByteBuffer.allocateDirect(capacity * ENTRY_BYTES).order(ByteOrder.nativeOrder());
    }

    ByteBuffer control() {
        return control;
    }

    /** The current entries; a new buffer after {@link #reserve} grew it. */
    ByteBuffer entries() {
        return entries;
    }

    /** How many values the entries hold. */
    int capacity() {
        return entries.capacity() / ENTRY_BYTES;
    }

    /** Values queued and not yet applied. */
    int count() {
        return control.getInt(COUNT_OFFSET);
    }

    /** Makes the entries hold at least {@code n} values, keeping the queued ones. */
    void reserve(int n) {
        if (n > capacity()) {
            ByteBuffer grown = allocate(Math.max(n, 2 * capacity()));
            grown.put(0, entries, 0, count() * ENTRY_BYTES);
            entries = grown;
        }
    }

    /** Tells the shim which phase the rules are now in. */
    void publish(Phase phase) {
        control.putInt(PHASE_OFFSET, phase.ordinal());
    }

    /**
     * Applies the queued values to {@code instance} in order and empties the queue. If a setter throws, the values
     * before it stay applied, the rest are dropped, and the failure is logged as a failure of {@code function},
     * the call now running, naming the earlier fmi2SetReal, its variable and its value.
     *
     * @return {@link FmiStatus#OK}, or the status of the failure ({@link FmiStatus#ERROR}, or
     *         {@link FmiStatus#FATAL} for a VirtualMachineError)
     */
    int applyTo(SlaveInstance instance, SlaveLogger logger, String function) {
        int n = count();
        if (n == 0) {
            return FmiStatus.OK;
        }
        control.putInt(COUNT_OFFSET, 0);
        for (int i = 0; i < n; i++) {
            int vr = entries.getInt(i * ENTRY_BYTES);
            double value = entries.getDouble(i * ENTRY_BYTES + VALUE_OFFSET);
            try {
                instance.setAccepted(vr, value);
            } catch (Throwable e) {
                int dropped = n - 1 - i;
                logger.log(LogCategory.LOG_STATUS_ERROR, function + ": applying an earlier fmi2SetReal of "
                        + instance.realName(vr) + " (value reference " + Integer.toUnsignedString(vr) + ") = "
                        + value + " failed" + (dropped == 0 ? "" : "; the " + dropped + " values set after it were"
                        + " dropped") + ": " + SlaveInstance.describe(e));
                return e instanceof VirtualMachineError ? FmiStatus.FATAL : FmiStatus.ERROR;
            }
        }
        return FmiStatus.OK;
    }
}
