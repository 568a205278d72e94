package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.evaluation.HyperParameterSelection;
import dev.drivetwin.batterylearning.evaluation.CapacityExperiment;
import dev.drivetwin.batterylearning.evaluation.UncertaintyCalibration;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.batterylearning.physics.RestRecoveryFit;
import dev.drivetwin.batterylearning.training.ResidualModelTrainer;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import dev.drivetwin.fmubattery.residual.ResidualModelFiles;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fits the fade law and trains an ensemble on the first cycles of one cell, calibrates its uncertainty on the last
 * 20 % of those cycles after refitting on the rest ({@link UncertaintyCalibration}), then writes the model file.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a residual capacity model on one NASA cell and write its weights file (JSON).")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--cell", defaultValue = "B0005", description = "cell to train on (default ${DEFAULT-VALUE})")
    String cell;
    @Option(names = "--fraction", defaultValue = "1", description = "train on this first share of its cycles")
    double fraction;
    @Option(names = "--kind", defaultValue = "HYBRID", description = "HYBRID or DATA_ONLY")
    ModelKind kind;
    @Mixin
    FeaturesOption inputs;
    @Option(names = "--select", description = "choose the fade law, hidden widths, epochs and decay on the"
            + " last 20 %% of the training cycles among the candidates of HyperParameterSelection (else the options)")
    boolean select;
    @Option(names = "--hidden", split = ",", defaultValue = "8", description = "hidden layer widths, e.g. 16,16")
    List<Integer> hidden;
    @Option(names = "--epochs", defaultValue = "1000")
    int epochs;
    @Option(names = "--learning-rate", defaultValue = "0.01")
    double learningRate;
    @Option(names = "--weight-decay", defaultValue = "0")
    double weightDecay;
    @Option(names = "--fade-law", defaultValue = "REST_RECOVERY",
            description = "PLAIN_FADE, SAHA_GOEBEL or REST_RECOVERY (default ${DEFAULT-VALUE}; chosen with --select)")
    FadeLawForm fadeLaw;
    @Option(names = "--ensemble", defaultValue = "5", description = "networks in the ensemble")
    int ensemble;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--output", required = true, description = "model file to write")
    Path output;

    @Override
    public Integer call() {
        List<NasaCycle> cycles = data.cell(cell);
        List<NasaCycle> training = cycles.subList(0, (int) Math.floor(fraction * cycles.size()));
        TrainingSettings settings = new TrainingSettings(hidden, epochs, learningRate, weightDecay, ensemble, seed);
        FadeLawForm form = fadeLaw;
        if (select) {
            var lawChoice = HyperParameterSelection.fadeLaw(cell, training);
            System.out.println(lawChoice.table());
            form = lawChoice.best();
            var choice = HyperParameterSelection.network(cell, training, form, kind, inputs.features);
            System.out.println(choice.table());
            settings = choice.best();
        }
        RestRecoveryFade law = RestRecoveryFit.fit(CapacityExperiment.history(training), form);
        double[] physics = law.capacities(CapacityExperiment.history(training).restTimes());
        String source = kind + " model (" + inputs.features + " inputs) trained on cycles 1-" + training.size()
                + " of NASA PCoE " + cell + " (B. Saha and K. Goebel (2007), Battery Data Set, NASA Ames Prognostics"
                + " Data Repository) by 'battery-learning train', " + settings;
        double scale = UncertaintyCalibration.chronological(cell, training, form, kind, inputs.features, settings);
        ResidualModel model = ResidualModelTrainer.train(training, physics, law, kind, inputs.features, settings,
                source).withUncertaintyScale(scale);
        ResidualModelFiles.write(model, output);
        System.out.println("wrote " + output + ": " + source + "; fade law " + law + "; uncertainty scale " + scale);
        return 0;
    }
}
