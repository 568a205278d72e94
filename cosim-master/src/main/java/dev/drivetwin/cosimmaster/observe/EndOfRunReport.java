package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A few lines for the terminal when a run ends: simulated and wall time, then for each chosen variable its value
 * at the start and at the end, and optionally each change divided by the change of one variable (energy per
 * distance; J/m is also given as Wh/km, the unit vehicle consumption is quoted in). Not thread-safe.
 */
public final class EndOfRunReport implements StepObserver {
    /** 1 Wh/km = 3600 J / 1000 m. */
    private static final double JOULES_PER_METRE_IN_WH_PER_KM = 3.6;

    private final PrintWriter out;
    private final String title;
    private final List<String> variables;
    private final String per;
    private final LongSupplier nanoClock;
    private List<FmuVariable> reported;
    private int[] columns;
    private int perColumn = -1;
    private FmuVariable perVariable;
    private double[] first;
    private double[] last;
    private double startTime;
    private double lastTime;
    private long steps;
    private long startNanos;
    private String failure = "";

    /**
     * @param title what ran, such as the system file
     * @param variables the observed variables to report, by name
     * @param per the observed variable whose change divides the others', or null for none
     * @param nanoClock the wall clock [ns], {@code System::nanoTime} outside tests
     */
    public EndOfRunReport(PrintWriter out, String title, List<String> variables, String per, LongSupplier nanoClock) {
        this.out = out;
        this.title = title;
        this.variables = List.copyOf(variables);
        this.per = per;
        this.nanoClock = nanoClock;
    }

    /** @throws MasterException naming the variable and the columns when one is not observed */
    @Override
    public void started(List<FmuVariable> observed) {
        startNanos = nanoClock.getAsLong();
        List<String> names = observed.stream().map(FmuVariable::name).toList();
        columns = variables.stream().mapToInt(name -> column(names, name)).toArray();
        reported = java.util.Arrays.stream(columns).mapToObj(observed::get).toList();
        if (per != null) {
            perColumn = column(names, per);
            perVariable = observed.get(perColumn);
        }
    }

    private int column(List<String> names, String name) {
        int column = names.indexOf(name);
        if (column < 0) {
            throw new MasterException(MasterError.BAD_EXPERIMENT, title, "cannot report '" + name
                    + "': the observed variables are " + names);
        }
        return column;
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        if (first == null) {
            first = values.clone();
            startTime = time;
        }
        last = values.clone();
        lastTime = time;
        steps = step;
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        failure = String.format(Locale.ROOT, "; FAILED in %s after t = %s s", instanceName, time);
    }

    @Override
    public void finished() {
        if (first == null) {
            return; // nothing ran
        }
        double wall = (nanoClock.getAsLong() - startNanos) * 1e-9;
        out.printf(Locale.ROOT, "%s: %d steps, %s s to %s s simulated in %.1f s wall time (%.0f x real time)%s%n",
                title, steps, startTime, lastTime, wall, wall > 0 ? (lastTime - startTime) / wall : 0, failure);
        for (int i = 0; i < columns.length; i++) {
            FmuVariable v = reported.get(i);
            out.printf(Locale.ROOT, "  %-28s start %-12s end %-12s change %s %s%n", v.name(), number(first[columns[i]]),
                    number(last[columns[i]]), number(last[columns[i]] - first[columns[i]]), unit(v));
        }
        if (perColumn >= 0) {
            printPer();
        }
        out.flush();
    }

    private void printPer() {
        double divisor = last[perColumn] - first[perColumn];
        for (int i = 0; i < columns.length; i++) {
            FmuVariable v = reported.get(i);
            if (columns[i] == perColumn) {
                continue;
            }
            double ratio = (last[columns[i]] - first[columns[i]]) / divisor;
            String unit = unit(v) + "/" + unit(perVariable);
            String wattHours = "J/m".equals(unit) ? String.format(Locale.ROOT, " = %.2f Wh/km",
                    ratio / JOULES_PER_METRE_IN_WH_PER_KM) : "";
            out.printf(Locale.ROOT, "  %s per %s: %s %s%s%n", v.name(), perVariable.name(), number(ratio), unit,
                    wattHours);
        }
    }

    /** Six significant digits without trailing zeros: enough to compare runs, short enough to read. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String unit(FmuVariable v) {
        return v.unit() == null || v.unit().isEmpty() ? "1" : v.unit();
    }
}
