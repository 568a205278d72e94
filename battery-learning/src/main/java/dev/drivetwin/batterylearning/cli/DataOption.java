package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The shared {@code --data} option: where the NASA PCoE per-cycle files are. */
final class DataOption {
    @Option(names = "--data", description = "NASA PCoE folder with B000x_cycles.csv (default: ../shared/data/"
            + "nasa-pcoe, or the system property nasa.data.dir)")
    Path directory;

    List<NasaCycle> cell(String name) {
        return NasaCycleTable.read(directory != null ? directory : NasaCycleTable.defaultDirectory(), name);
    }
}
