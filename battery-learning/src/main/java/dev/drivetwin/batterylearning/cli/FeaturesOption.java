package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.fmubattery.residual.FeatureSet;
import picocli.CommandLine.Option;

/** The shared {@code --features} option: which inputs the network sees, the same choice for training and evaluation. */
final class FeaturesOption {
    @Option(names = "--features", defaultValue = "FORECAST", description = "network inputs: FORECAST (known before"
            + " the discharge) or ESTIMATE (also its measured temperatures); default ${DEFAULT-VALUE}")
    FeatureSet features;
}
