package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws chosen signals against time into one PNG file (XChart), written when the run finishes, also when it failed
 * part way (the title then says where). The y axis is labelled with the signals' units. Memory stays bounded for
 * runs of any length: samples are thinned evenly ({@link DecimatedSeries}) to at most {@code 2 * points} per
 * signal. Rendering needs no display: {@code java.awt.headless} is set unless the caller chose otherwise.
 */
public final class PngPlotWriter implements StepObserver {
    /** Enough samples for a sharp line across a 1200-pixel-wide plot. */
    public static final int DEFAULT_POINTS = 2000;
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Path file;
    private final String title;
    private final List<String> signals;
    private final int points;
    private final List<FmuVariable> plotted = new ArrayList<>();
    private int[] columns;
    private double[] sample;
    private DecimatedSeries series;
    private String failure = "";

    /**
     * @param file the PNG file to write
     * @param title the plot's title, such as the FMU's name
     * @param signals the names of the observed variables to draw, at least one
     */
    public PngPlotWriter(Path file, String title, List<String> signals, int points) {
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one signal");
        }
        this.file = file;
        this.title = title;
        this.signals = List.copyOf(signals);
        this.points = points;
    }

    /** @throws MasterException naming the plot file and the columns when a signal is not among them */
    @Override
    public void started(List<FmuVariable> observed) {
        columns = new int[signals.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = signals.get(i);
            columns[i] = indexOf(observed, name);
            if (columns[i] < 0) {
                throw new MasterException(MasterError.IO, file, "cannot plot '" + name + "': the observed variables"
                        + " are "
                        + observed.stream().map(FmuVariable::name).toList());
            }
            plotted.add(observed.get(columns[i]));
        }
        sample = new double[columns.length];
        series = new DecimatedSeries(columns.length, points);
    }

    private static int indexOf(List<FmuVariable> observed, String name) {
        for (int i = 0; i < observed.size(); i++) {
            if (observed.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        for (int i = 0; i < columns.length; i++) {
            sample[i] = values[columns[i]];
        }
        series.add(time, sample);
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        failure = " (failed after t = " + time + " s)";
    }

    @Override
    public void finished() {
        if (series == null || series.offered() == 0) {
            return; // the run failed before the first values: nothing to draw
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title + failure)
                .xAxisTitle("time [s]").yAxisTitle(yAxisTitle()).build();
        chart.getStyler().setLegendVisible(plotted.size() > 1);
        double[] times = series.times();
        for (int i = 0; i < plotted.size(); i++) {
            chart.addSeries(plotted.get(i).header(), times, series.values(i)).setMarker(SeriesMarkers.NONE);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot write the plot: " + e.getMessage());
        }
    }

    /** One signal: its name and unit; several: their units (or names when they have none), without repeats. */
    private String yAxisTitle() {
        if (plotted.size() == 1) {
            return plotted.get(0).header();
        }
        Set<String> units = new LinkedHashSet<>();
        for (FmuVariable v : plotted) {
            units.add(v.unit() == null || v.unit().isEmpty() ? v.name() : "[" + v.unit() + "]");
        }
        return String.join(", ", units);
    }
}
