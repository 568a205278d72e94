package dev.drivetwin.batterylearning.training;

import dev.drivetwin.batterylearning.LearningError;
import dev.drivetwin.batterylearning.LearningException;
import java.util.List;

/**
 * Hyper-parameters of one ensemble. Immutable.
 *
 * @param hiddenWidths neurons of each tanh hidden layer, input side first
 * @param epochs full-batch Adam steps per network
 * @param learningRate Adam's step size
 * @param weightDecay L2 penalty on the parameters (Adam's weight decay)
 * @param ensembleSize networks in the ensemble, each from its own seed
 * @param seed seed of the first network; network k uses seed + k
 */
public record TrainingSettings(List<Integer> hiddenWidths, int epochs, double learningRate, double weightDecay,
        int ensembleSize, long seed) {
    public TrainingSettings {
        hiddenWidths = List.copyOf(hiddenWidths);
        if (hiddenWidths.stream().anyMatch(w -> w < 1) || epochs < 1 || !(learningRate > 0)
                || !(weightDecay >= 0) || ensembleSize < 1) {
            throw new LearningException(LearningError.BAD_SETTINGS, hiddenWidths, epochs, learningRate, weightDecay,
                    ensembleSize);
        }
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(hiddenWidths, epochs, learningRate, weightDecay, ensembleSize, newSeed);
    }

    public TrainingSettings withEnsembleSize(int size) {
        return new TrainingSettings(hiddenWidths, epochs, learningRate, weightDecay, size, seed);
    }

    @Override
    public String toString() {
        return "hidden " + hiddenWidths + ", " + epochs + " epochs, lr " + learningRate + ", decay " + weightDecay
                + ", ensemble " + ensembleSize + ", seed " + seed;
    }
}
