package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.batterylearning.training.DjlSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar battery-learning/target/battery-learning.jar <train|predict|evaluate> ...}. */
@Command(name = "battery-learning", mixinStandardHelpOptions = true,
        description = "Trains and evaluates the battery FMU's residual capacity model on NASA PCoE cells.",
        subcommands = {TrainCommand.class, PredictCommand.class, EvaluateCommand.class})
public final class LearningCommand {
    public static void main(String[] args) {
        DjlSettings.apply(); // before any DJL class loads
        System.exit(new CommandLine(new LearningCommand()).execute(args));
    }
}
