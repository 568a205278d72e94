package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.observe.CsvResultWriter;
import dev.drivetwin.cosimmaster.observe.EndOfRunReport;
import dev.drivetwin.cosimmaster.observe.PngPlotWriter;
import dev.drivetwin.cosimmaster.observe.ProgressBar;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What a run writes besides its CSV, shared by {@code simulate} and {@code run} as a picocli mixin: PNG plots, a JSON
 * run summary, a progress bar and an end-of-run report; {@link #observers} turns them into the run's observers.
 */
final class ResultOptions {
    static final String SUMMARY_JSON = "summary.json";

    /** A plot as asked for: the PNG's name and the signals drawn in it. */
    record Plot(String name, List<String> signals) {
    }

    /** Where a run writes: the CSV (or null for none), the folder for plots, and the summary file. */
    record Files(Path csv, Path folder, Path summary) {
    }

    @Option(names = "--plot", paramLabel = "[name=]var1,var2",
            description = "Draw these variables against time into one PNG in the --out folder, <name>.png or named"
                    + " after the variables (repeatable: one PNG each). Variables of one unit share an axis.")
    List<String> plots = new ArrayList<>();

    @Option(names = "--summary", description = "Write a JSON run summary (" + SUMMARY_JSON + " in the --out folder,"
            + " or beside the CSV): set-up, wall time, doStep time per FMU, status and any failure.")
    boolean summary;

    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal"
            + " (it is shown on a terminal anyway).")
    boolean progress;

    @Option(names = "--report", split = ",", paramLabel = "var1,var2",
            description = "At the end, print these variables' start and end values and change.")
    List<String> report = new ArrayList<>();

    @Option(names = "--report-ratio", paramLabel = "var1/var2",
            description = "At the end, print var1's change over var2's (repeatable), such as energy per distance;"
                    + " J/m is also given as Wh/km.")
    List<String> reportRatios = new ArrayList<>();

    /** @throws CommandLine.ParameterException when a file option lacks --out or a ratio is malformed */
    void check(CommandLine.Model.CommandSpec spec, boolean hasOut) {
        if ((!plots.isEmpty() || summary) && !hasOut) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--plot and --summary need --out, the folder (or CSV file) to write beside");
        }
        try {
            ratios();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--report-ratio " + e.getMessage());
        }
    }

    private List<EndOfRunReport.Ratio> ratios() {
        return reportRatios.stream().map(EndOfRunReport.Ratio::parse).toList();
    }

    List<Plot> plots() {
        List<Plot> parsed = new ArrayList<>();
        for (String plot : plots) {
            int equals = plot.indexOf('=');
            List<String> signals = Arrays.stream(plot.substring(equals + 1).split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            parsed.add(new Plot(equals > 0 ? plot.substring(0, equals).strip() : String.join("_", signals), signals));
        }
        return parsed;
    }

    /** Every variable a plot or the report needs, each once, in the order given. */
    Set<String> neededVariables() {
        Set<String> needed = new LinkedHashSet<>();
        plots().forEach(plot -> needed.addAll(plot.signals()));
        needed.addAll(report);
        ratios().forEach(ratio -> needed.addAll(List.of(ratio.numerator(), ratio.denominator())));
        return needed;
    }

    boolean showsProgress() {
        return progress || System.console() != null;
    }

    /**
     * The run's observers: the progress bar first (so its line is ended before anything else prints at the end),
     * then {@code terminal}, the CSV, the plots, the summary and the report.
     *
     * @param title what ran, for plot titles and the report
     * @param oneOfMany a sweep variant: no progress bar, since variants run side by side and their bars would
     *     overwrite each other on the one stderr line
     * @param summaryWriter makes the summary's observer for its file
     */
    List<StepObserver> observers(CommandLine.Model.CommandSpec spec, Files files, String title, double startTime,
            double stopTime, boolean oneOfMany, List<StepObserver> terminal,
            Function<Path, StepObserver> summaryWriter) {
        List<StepObserver> observers = new ArrayList<>();
        if (showsProgress() && !oneOfMany) {
            observers.add(new ProgressBar(System.err, startTime, stopTime, System::nanoTime));
        }
        observers.addAll(terminal);
        if (files.csv() != null) {
            observers.add(new CsvResultWriter(files.csv()));
        }
        for (Plot plot : plots()) {
            observers.add(new PngPlotWriter(files.folder().resolve(plot.name() + ".png"), title + ": " + plot.name(),
                    plot.signals(), PngPlotWriter.DEFAULT_POINTS));
        }
        if (summary) {
            observers.add(summaryWriter.apply(files.summary()));
        }
        if (!report.isEmpty() || !reportRatios.isEmpty()) {
            observers.add(new EndOfRunReport(spec.commandLine().getOut(), title, report, ratios(),
                    System::nanoTime));
        }
        return observers;
    }
}
