package dev.drivetwin.fmubattery.residual;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import java.util.List;

/** The layers of one trained network, input first; each layer takes as many inputs as the one before gives. */
public record NetworkWeights(List<DenseLayer> layers) {
    public NetworkWeights {
        if (layers == null || layers.isEmpty()) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "network", "no layers");
        }
        layers = List.copyOf(layers);
        for (int k = 1; k < layers.size(); k++) {
            if (layers.get(k).inputs() != layers.get(k - 1).outputs()) {
                throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "network", "layer " + k + " takes "
                        + layers.get(k).inputs() + " inputs but layer " + (k - 1) + " gives "
                        + layers.get(k - 1).outputs());
            }
        }
        if (layers.get(layers.size() - 1).outputs() != 1) {
            throw new BatteryException(BatteryError.BAD_RESIDUAL_MODEL, "network", "the last layer must give one"
                    + " output, not " + layers.get(layers.size() - 1).outputs());
        }
    }

    public int inputs() {
        return layers.get(0).inputs();
    }
}
