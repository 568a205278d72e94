package dev.drivetwin.cosimmaster.observe;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV row per step: {@code time [s]} then each column, headed {@code name [unit]}. Numbers are written
 * with {@link Double#toString}, which reads back to the same double, so results can be compared to round-off;
 * Integer and Boolean columns as whole numbers.
 */
public final class CsvResultWriter implements StepObserver {
    private final Path file;
    private BufferedWriter out;
    private boolean[] whole;

    public CsvResultWriter(Path file) {
        this.file = file;
    }

    @Override
    public void started(List<FmuVariable> columns) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            whole = new boolean[columns.size()];
            for (int i = 0; i < whole.length; i++) {
                whole[i] = columns.get(i).kind() != FmuVariable.VariableKind.REAL;
            }
            out.write("time [s]");
            for (FmuVariable column : columns) {
                out.write(',');
                out.write(quoted(column.header()));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot write results: " + e.getMessage());
        }
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        try {
            out.write(Double.toString(time));
            for (int i = 0; i < values.length; i++) {
                out.write(',');
                out.write(whole[i] ? Long.toString((long) values[i]) : Double.toString(values[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot write results: " + e.getMessage());
        }
    }

    @Override
    public void finished() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot write results: " + e.getMessage());
        }
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
