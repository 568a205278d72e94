package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the values as a table with one row every {@code every} steps, plus the first and the last row. Columns
 * are at least as wide as their headers; values use 6 significant digits (the CSV has all of them).
 */
public final class TerminalTable implements StepObserver {
    private final PrintWriter out;
    private final long every;
    private final List<Integer> widths = new ArrayList<>();
    private final List<Boolean> whole = new ArrayList<>();
    private String pending;

    /** @param every print every this many steps, at least 1 */
    public TerminalTable(PrintWriter out, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, was " + every);
        }
        this.out = out;
        this.every = every;
    }

    @Override
    public void started(List<FmuVariable> columns) {
        List<String> headers = new ArrayList<>();
        headers.add("time [s]");
        columns.forEach(c -> headers.add(c.header()));
        columns.forEach(c -> whole.add(c.kind() != FmuVariable.VariableKind.REAL));
        StringBuilder line = new StringBuilder();
        for (String header : headers) {
            int width = Math.max(12, header.length());
            widths.add(width);
            line.append(String.format(Locale.ROOT, " %" + width + "s", header));
        }
        out.println(line);
        out.flush();
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, " %" + widths.get(0) + "s", format(time)));
        for (int i = 0; i < values.length; i++) {
            line.append(String.format(Locale.ROOT, " %" + widths.get(i + 1) + "s", whole.get(i) ? Long.toString((long) values[i])
                    : format(values[i])));
        }
        if (step % every == 0) {
            out.println(line);
            out.flush();
            pending = null;
        } else {
            pending = line.toString();
        }
    }

    @Override
    public void finished() {
        if (pending != null) {
            out.println(pending);
        }
        out.flush();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
