package dev.drivetwin.fmubattery.residual;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The forward pass of one {@link NetworkWeights} with EJML. Every matrix and activation buffer is allocated once
 * here, so {@link #evaluate} allocates nothing (the throughput benchmark in docs/performance.md depends on it).
 * Not thread-safe: the buffers are shared between calls; give each thread its own instance.
 */
public final class ResidualNetwork {
    private final DMatrixRMaj[] weights;
    private final DMatrixRMaj[] biases;
    private final Activation[] activations;
    private final DMatrixRMaj input;
    private final DMatrixRMaj[] outputs;

    public ResidualNetwork(NetworkWeights network) {
        int n = network.layers().size();
        weights = new DMatrixRMaj[n];
        biases = new DMatrixRMaj[n];
        activations = new Activation[n];
        outputs = new DMatrixRMaj[n];
        for (int k = 0; k < n; k++) {
            DenseLayer layer = network.layers().get(k);
            weights[k] = new DMatrixRMaj(layer.weights());
            biases[k] = new DMatrixRMaj(layer.outputs(), 1, true, layer.bias());
            activations[k] = layer.activation();
            outputs[k] = new DMatrixRMaj(layer.outputs(), 1);
        }
        input = new DMatrixRMaj(network.inputs(), 1);
    }

    public int inputs() {
        return input.numRows;
    }

    /** The network's output for {@code normalisedInput} (standardised features, {@link #inputs()} of them). */
    public double evaluate(double[] normalisedInput) {
        System.arraycopy(normalisedInput, 0, input.data, 0, input.numRows);
        DMatrixRMaj x = input;
        for (int k = 0; k < weights.length; k++) {
            DMatrixRMaj y = outputs[k];
            CommonOps_DDRM.mult(weights[k], x, y);
            CommonOps_DDRM.addEquals(y, biases[k]);
            activate(activations[k], y.data, y.numRows);
            x = y;
        }
        return x.data[0];
    }

    private static void activate(Activation activation, double[] values, int count) {
        if (activation == Activation.IDENTITY) {
            return;
        }
        for (int i = 0; i < count; i++) {
            values[i] = activation.apply(values[i]);
        }
    }
}
