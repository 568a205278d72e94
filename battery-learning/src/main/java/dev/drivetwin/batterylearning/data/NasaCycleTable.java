package dev.drivetwin.batterylearning.data;

import dev.drivetwin.batterylearning.LearningError;
import dev.drivetwin.batterylearning.LearningException;
import dev.drivetwin.fmubattery.residual.CycleConditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code <dir>/<cell>_cycles.csv} of the NASA PCoE data set (B. Saha and K. Goebel (2007), Battery Data Set,
 * NASA Ames Prognostics Data Repository) and converts to SI at this boundary: Ah to C, °C to K, h to s.
 *
 * <p>Gaps: a missing charge or rest time (B0005-B0007 cycle 90 has no logged charge; cycle 1 has no previous
 * discharge) takes the nearest earlier cycle's value, or for the first cycle the nearest later one. Every NASA
 * discharge is at 2 A on 2 Ah rated cells, so the discharge rate is 1C = 1/3600 s⁻¹ throughout.
 */
public final class NasaCycleTable {
    /** The three cells cycled side by side (README of the data). */
    public static final List<String> CELLS = List.of("B0005", "B0006", "B0007");
    /** System property naming the data folder; tests get it from Maven (../shared/data/nasa-pcoe). */
    public static final String DATA_PROPERTY = "nasa.data.dir";
    private static final double DISCHARGE_CURRENT = 2.0; // [A], README of the data
    private static final double RATED_CAPACITY = 2.0 * 3600; // [C]
    private static final double KELVIN = 273.15;

    private NasaCycleTable() {
    }

    /** The data folder: system property {@value #DATA_PROPERTY}, else ../shared/data/nasa-pcoe. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty(DATA_PROPERTY, "../shared/data/nasa-pcoe"));
    }

    public static List<NasaCycle> read(Path directory, String cellName) {
        Path file = directory.resolve(cellName + "_cycles.csv");
        if (!Files.isRegularFile(file)) {
            throw new LearningException(LearningError.DATA_MISSING, file.toAbsolutePath());
        }
        try {
            return parse(file, cellName, Files.readAllLines(file));
        } catch (IOException e) {
            throw new LearningException(e, LearningError.IO, file, e.getMessage());
        }
    }

    private static List<NasaCycle> parse(Path file, String cellName, List<String> lines) {
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] columns = {"cycle", "capacity_Ah", "mean_temperature_C", "max_temperature_C", "charge_time_s",
            "charge_cc_time_s", "hours_since_prev_discharge"};
        int[] index = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            index[c] = header.indexOf(columns[c]);
            if (index[c] < 0) {
                throw new LearningException(LearningError.BAD_DATA, file, 1, "no column " + columns[c]);
            }
        }
        int n = lines.size() - 1;
        double[][] values = new double[columns.length][n];
        for (int k = 0; k < n; k++) {
            String[] fields = lines.get(k + 1).split(",", -1);
            for (int c = 0; c < columns.length; c++) {
                values[c][k] = number(file, k + 2, columns[c], fields[index[c]]);
            }
        }
        for (double[] column : values) {
            fillGaps(column);
        }
        List<NasaCycle> cycles = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            CycleConditions conditions = new CycleConditions(values[0][k], values[2][k] + KELVIN,
                    values[3][k] + KELVIN, values[4][k], values[5][k], values[6][k] * 3600,
                    DISCHARGE_CURRENT / RATED_CAPACITY);
            cycles.add(new NasaCycle(cellName, conditions, values[1][k] * 3600));
        }
        return List.copyOf(cycles);
    }

    private static double number(Path file, int line, String column, String text) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LearningException(e, LearningError.BAD_DATA, file, line, column + " = '" + text
                    + "' is not a number");
        }
    }

    private static void fillGaps(double[] column) {
        for (int k = 1; k < column.length; k++) {
            if (Double.isNaN(column[k])) {
                column[k] = column[k - 1];
            }
        }
        for (int k = column.length - 2; k >= 0; k--) {
            if (Double.isNaN(column[k])) {
                column[k] = column[k + 1];
            }
        }
    }
}
