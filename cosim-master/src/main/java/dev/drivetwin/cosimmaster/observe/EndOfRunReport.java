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
 * at the start and at the end, and for each chosen ratio the change of one variable over the change of another
 * (energy per distance; J/m is also given as Wh/km, the unit vehicle consumption is quoted in). Not thread-safe.
 */
public final class EndOfRunReport implements StepObserver {

    /** The change of {@code numerator} over the change of {@code denominator}, both observed variables' names. */
    public record Ratio(String numerator, String denominator) {
        /** @throws IllegalArgumentException when the text is not numerator/denominator */
        public static Ratio parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 1 || slash == text.length() - 1) {
                throw new IllegalArgumentException("'" + text + "' is not variable/variable");
            }
            return new Ratio(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
        }
    }

    /** 1 Wh/km = 3600 J / 1000 m. */
    private static final double JOULES_PER_METRE_IN_WH_PER_KM = 3.6;

    private final PrintWriter out;
    private final String title;
    private final List<String> variables;
    private final List<Ratio> ratios;
    private final LongSupplier nanoClock;
    private List<FmuVariable> reported;
    private int[] columns;
    private List<FmuVariable> observed;
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
     * @param ratios changes to divide, such as energy over distance
     * @param nanoClock the wall clock [ns], {@code System::nanoTime} outside tests
     */
    public EndOfRunReport(PrintWriter out, String title, List<String> variables, List<Ratio> ratios,
            LongSupplier nanoClock) {
        this.out = out;
        this.title = title;
        this.variables = List.copyOf(variables);
        this.ratios = List.copyOf(ratios);
        this.nanoClock = nanoClock;
    }

    /** @throws MasterException naming the variable and the columns when one is not observed */
    @Override
    public void started(List<FmuVariable> observed) {
        startNanos = nanoClock.getAsLong();
        this.observed = List.copyOf(observed);
        columns = variables.stream().mapToInt(this::column).toArray();
        reported = java.util.Arrays.stream(columns).mapToObj(observed::get).toList();
        for (Ratio ratio : ratios) {
            column(ratio.numerator());
            column(ratio.denominator());
        }
    }

    private int column(String name) {
        List<String> names = observed.stream().map(FmuVariable::name).toList();
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
        ratios.forEach(this::print);
        out.flush();
    }

    private void print(Ratio ratio) {
        int numerator = column(ratio.numerator());
        int denominator = column(ratio.denominator());
        double value = (last[numerator] - first[numerator]) / (last[denominator] - first[denominator]);
        String unit = unit(observed.get(numerator)) + "/" + unit(observed.get(denominator));
        String wattHours = "J/m".equals(unit) ? String.format(Locale.ROOT, " = %.2f Wh/km",
                value / JOULES_PER_METRE_IN_WH_PER_KM) : "";
        out.printf(Locale.ROOT, "  %s per %s: %s %s%s%n", ratio.numerator(), ratio.denominator(), number(value), unit,
                wattHours);
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
