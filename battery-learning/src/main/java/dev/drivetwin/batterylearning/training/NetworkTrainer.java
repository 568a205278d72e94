package dev.drivetwin.batterylearning.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import dev.drivetwin.fmubattery.residual.Activation;
import dev.drivetwin.fmubattery.residual.DenseLayer;
import dev.drivetwin.fmubattery.residual.NetworkWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains one dense tanh network (hidden layers of {@link TrainingSettings#hiddenWidths()}, one linear output) on
 * standardised inputs and targets with DJL: mean squared error, Adam, full batch, float64 throughout so the
 * exported weights are exactly those PyTorch used. PyTorch is seeded before the weights are drawn; with one
 * PyTorch thread the result is the same on every run.
 */
public final class NetworkTrainer {
    private static final String ENGINE = "PyTorch";

    private NetworkTrainer() {
    }

    public static TrainedNetwork train(double[][] inputs, double[] targets, TrainingSettings settings, long seed) {
        Engine engine = Engine.getEngine(ENGINE);
        engine.setRandomSeed((int) seed);
        Model model = Model.newInstance("residual-capacity", Device.cpu(), ENGINE);
        try {
            Block block = block(settings.hiddenWidths());
            model.setBlock(block);
            NDManager manager = model.getNDManager();
            block.initialize(manager, DataType.FLOAT64, new Shape(inputs.length, inputs[0].length));
            Optimizer adam = Adam.builder().optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
                    .optWeightDecays((float) settings.weightDecay()).build();
            ParameterStore store = new ParameterStore(manager, false);
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                step(engine, block, store, adam, inputs, targets);
            }
            return new TrainedNetwork(model, export(block));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static Block block(List<Integer> hiddenWidths) {
        SequentialBlock block = new SequentialBlock();
        for (int width : hiddenWidths) {
            block.add(Linear.builder().setUnits(width).build());
            block.add(ai.djl.nn.Activation::tanh);
        }
        block.add(Linear.builder().setUnits(1).build());
        return block;
    }

    /**
     * One full-batch step: mean squared error, backward, Adam update of every parameter, gradients zeroed. This is
     * DJL's Trainer.step written out, because that method's first-step gradient check reads a float and fails on
     * float64 parameters (DJL 0.36.0). The step's arrays live in a sub-manager closed at its end.
     */
    private static void step(Engine engine, Block block, ParameterStore store, Optimizer optimizer,
            double[][] inputs, double[] targets) {
        try (NDManager manager = store.getManager().newSubManager()) {
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray x = manager.create(inputs);
                NDArray y = manager.create(targets).reshape(targets.length, 1);
                NDArray prediction = block.forward(store, new NDList(x), true).singletonOrThrow();
                collector.backward(prediction.sub(y).square().mean());
            }
            for (Pair<String, Parameter> p : block.getParameters()) {
                NDArray weight = p.getValue().getArray();
                NDArray gradient = weight.getGradient();
                gradient.attach(manager);
                optimizer.update(p.getValue().getId(), weight, gradient);
                gradient.subi(gradient);
            }
        }
    }

    /** The Linear layers' weight (outputs × inputs, row-major) and bias, in order, tanh on all but the last. */
    private static NetworkWeights export(Block block) {
        List<DenseLayer> layers = new ArrayList<>();
        List<Block> linear = new ArrayList<>();
        for (Pair<String, Block> child : block.getChildren()) {
            if (child.getValue() instanceof Linear) {
                linear.add(child.getValue());
            }
        }
        for (int k = 0; k < linear.size(); k++) {
            NDArray w = linear.get(k).getParameters().get("weight").getArray();
            NDArray b = linear.get(k).getParameters().get("bias").getArray();
            int rows = (int) w.getShape().get(0);
            int columns = (int) w.getShape().get(1);
            double[] flat = w.toDoubleArray();
            double[][] weights = new double[rows][columns];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(flat, r * columns, weights[r], 0, columns);
            }
            layers.add(new DenseLayer(weights, b.toDoubleArray(),
                    k < linear.size() - 1 ? Activation.TANH : Activation.IDENTITY));
        }
        return new NetworkWeights(layers);
    }
}
