package dev.drivetwin.batterylearning.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.drivetwin.fmubattery.residual.NetworkWeights;

/**
 * A network just trained by {@link NetworkTrainer}: its DJL model, which can still predict (to check the pure-Java
 * forward pass against), and its weights exported for fmu-battery. Close it to free the native memory.
 */
public final class TrainedNetwork implements AutoCloseable {
    private final Model model;
    private final NetworkWeights weights;

    TrainedNetwork(Model model, NetworkWeights weights) {
        this.model = model;
        this.weights = weights;
    }

    public NetworkWeights weights() {
        return weights;
    }

    /** DJL's (PyTorch's) output for each row of already standardised {@code inputs}. */
    public double[] predict(double[][] inputs) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray x = manager.create(inputs);
            NDArray y = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow();
            return y.toDoubleArray();
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
