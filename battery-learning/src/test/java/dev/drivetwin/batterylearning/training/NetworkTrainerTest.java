package dev.drivetwin.batterylearning.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.residual.DenseLayer;
import dev.drivetwin.fmubattery.residual.ResidualNetwork;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DJL training against fmu-battery's pure-Java forward pass, on a smooth function of 8 standard-normal inputs. */
class NetworkTrainerTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings(List.of(16, 8), 300, 0.01, 0, 1, 11);

    private static double[][] inputs(Random random, int rows) {
        double[][] x = new double[rows][8];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    private static double[] targets(double[][] x) {
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = Math.sin(x[k][0]) + 0.5 * x[k][1] * x[k][2] - 0.3 * x[k][7];
        }
        return y;
    }

    @Test
    void pureJavaForwardPassEqualsDjlPredictionToOneMillionth() {
        double[][] training = inputs(new Random(1), 80);
        double[][] unseen = inputs(new Random(2), 500);
        try (TrainedNetwork network = NetworkTrainer.train(training, targets(training), SETTINGS, 11)) {
            double[] djl = network.predict(unseen);
            ResidualNetwork java = new ResidualNetwork(network.weights());
            double largest = 0;
            for (int k = 0; k < unseen.length; k++) {
                largest = Math.max(largest, Math.abs(java.evaluate(unseen[k]) - djl[k]));
            }
            System.out.printf("largest |pure Java - DJL| over %d inputs: %.3e%n", unseen.length, largest);
            // issue 3 asks for 1e-6; both sides compute in float64, so only summation order and the tanh identity
            // (a few 1e-16 each) separate them, which is why the bound holds with orders of magnitude to spare
            assertTrue(largest < 1e-6, "largest difference " + largest);
        }
    }

    @Test
    void trainingFitsTheFunctionItIsGiven() {
        double[][] training = inputs(new Random(1), 80);
        double[] y = targets(training);
        try (TrainedNetwork network = NetworkTrainer.train(training, y, SETTINGS, 11)) {
            double[] fitted = network.predict(training);
            double squares = 0;
            double variance = 0;
            for (int k = 0; k < y.length; k++) {
                squares += (fitted[k] - y[k]) * (fitted[k] - y[k]);
                variance += y[k] * y[k];
            }
            // 300 Adam steps on 80 points with 289 parameters: the fit must explain most of the variance
            // (an untrained network explains none; measured residual share is printed)
            System.out.printf("residual share of the sum of squares: %.4f%n", squares / variance);
            assertTrue(squares / variance < 0.1, "residual share " + squares / variance);
        }
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        double[][] training = inputs(new Random(1), 40);
        TrainingSettings shortRun = new TrainingSettings(List.of(4), 20, 0.01, 0, 1, 3);
        try (TrainedNetwork first = NetworkTrainer.train(training, targets(training), shortRun, 3);
                TrainedNetwork second = NetworkTrainer.train(training, targets(training), shortRun, 3)) {
            for (int k = 0; k < first.weights().layers().size(); k++) {
                DenseLayer a = first.weights().layers().get(k);
                DenseLayer b = second.weights().layers().get(k);
                assertArrayEquals(a.bias(), b.bias(), 0);
                for (int r = 0; r < a.outputs(); r++) {
                    assertArrayEquals(a.weights()[r], b.weights()[r], 0);
                }
            }
        }
    }
}
