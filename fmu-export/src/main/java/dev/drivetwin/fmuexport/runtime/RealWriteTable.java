package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.modeldescriptions.model.BaseType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * What fmi2SetReal may write, per Real value reference, computed by {@link WriteRule} and the declared range and
 * published in direct memory for the in-process shim (jvm_backend.c), so that the shim can accept a value that is
 * certainly allowed without calling Java. The shim only ever decides "certainly allowed": anything else goes to
 * {@link SlaveInstance#setReal}, which refuses it with its own message, so the rules stay in one place.
 *
 * <p>Layout, native byte order, one entry of {@link #ENTRY_BYTES} per value reference from 0 (jvm_backend.c,
 * struct real_write_rule):
 * <pre>
 *   offset 0   int     phases: bit Phase.ordinal() set when WriteRule allows the write in that phase
 *   offset 4   int     unused, 0
 *   offset 8   double  min: the declared minimum, -inf when none
 *   offset 16  double  max: the declared maximum, +inf when none
 * </pre>
 * A value passes when its phase bit is set and min &lt;= value &lt;= max, which NaN never is: exactly
 * {@link RealVariable#accepts} and {@link WriteRule#refusal} being null. The table depends only on the
 * declaration, so it is written once per instance and never changes.
 */
final class RealWriteTable {
    static final int ENTRY_BYTES = 24;
    static final int PHASES_OFFSET = 0;
    static final int MIN_OFFSET = 8;
    static final int MAX_OFFSET = 16;

    private RealWriteTable() {
    }

    /**
     * The table for {@code declaration}'s Real variables, in a new direct buffer whose capacity is the number of
     * entries times {@link #ENTRY_BYTES}. A declaration without Real variables gets one entry that allows nothing,
     * so that JNI always has an address to give the shim.
     */
    static ByteBuffer publish(SlaveDeclaration declaration) {
        List<VariableDeclaration<?>> reals = declaration.variables(BaseType.REAL);
        ByteBuffer table = ByteBuffer.allocateDirect(Math.max(1, reals.size()) * ENTRY_BYTES)
                .order(ByteOrder.nativeOrder());
        for (int vr = 0; vr < reals.size(); vr++) {
            RealVariable variable = (RealVariable) reals.get(vr);
            int phases = 0;
            for (Phase phase : Phase.values()) {
                if (WriteRule.refusal(variable, phase) == null) {
                    phases |= 1 << phase.ordinal();
                }
            }
            int entry = vr * ENTRY_BYTES;
            table.putInt(entry + PHASES_OFFSET, phases);
            table.putDouble(entry + MIN_OFFSET, variable.min() == null ? Double.NEGATIVE_INFINITY : variable.min());
            table.putDouble(entry + MAX_OFFSET, variable.max() == null ? Double.POSITIVE_INFINITY : variable.max());
        }
        return table;
    }
}
