package dev.drivetwin.fmuexport.testslaves;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.Variability;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * First-order lumped thermal mass heated by a heat flow and cooled through a thermal resistance to ambient:
 * C dT/dt = Q - (T - Ta) / R (lumped-capacitance model, Incropera et al., Fundamentals of Heat and Mass
 * Transfer, 7th ed., section 5.2). With inputs held over a step of length h the exact solution is
 * T(t + h) = T_inf + (T(t) - T_inf) exp(-h / (R C)) with T_inf = Ta + Q R, which {@link #doStep} uses, so tests
 * can compare against the closed form to round-off. It exercises every base type: Boolean input, Integer
 * output, String parameter.
 */
public final class ThermalMass implements Slave {
    private double heatCapacity;       // [J/K]
    private double thermalResistance;  // [K/W]
    private double initialTemperature; // [K]
    private double heatFlow;           // [W]
    private double ambientTemperature; // [K]
    private boolean heaterEnabled;
    private String label;
    private double temperature;        // [K]
    private int stepCount;

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("ThermalMass")
                .description("First-order lumped thermal mass with convection to ambient (test slave)")
                .defaultExperiment(0, 3600, 1e-6, 1);
        d.real("heatCapacity").causality(Causality.PARAMETER).variability(Variability.TUNABLE).unit("J/K")
                .start(1000).min(1e-9).description("Heat capacity of the mass [J/K]")
                .getter(() -> heatCapacity).setter(v -> heatCapacity = v);
        d.real("thermalResistance").causality(Causality.PARAMETER).variability(Variability.FIXED).unit("K/W")
                .start(0.5).min(1e-9).description("Thermal resistance to ambient [K/W]")
                .getter(() -> thermalResistance).setter(v -> thermalResistance = v);
        d.real("initialTemperature").causality(Causality.PARAMETER).unit("K").displayUnit("degC")
                .start(293.15).min(0).description("Temperature at the start time [K]")
                .getter(() -> initialTemperature).setter(v -> initialTemperature = v);
        d.real("heatFlow").causality(Causality.INPUT).unit("W").start(0)
                .description("Heat flow into the mass [W]").getter(() -> heatFlow).setter(v -> heatFlow = v);
        d.real("ambientTemperature").causality(Causality.INPUT).unit("K").displayUnit("degC").start(293.15)
                .min(0).description("Ambient temperature [K]")
                .getter(() -> ambientTemperature).setter(v -> ambientTemperature = v);
        d.bool("heaterEnabled").causality(Causality.INPUT).start(true)
                .description("When false the heat flow input is ignored")
                .getter(() -> heaterEnabled).setter(v -> heaterEnabled = v);
        d.string("label").causality(Causality.PARAMETER).start("mass")
                .description("Free text identifying this instance")
                .getter(() -> label).setter(v -> label = v);
        d.real("temperature").causality(Causality.OUTPUT).unit("K").displayUnit("degC").dependsOn()
                .description("Temperature of the mass [K]").getter(() -> temperature);
        d.integer("stepCount").causality(Causality.OUTPUT).dependsOn()
                .description("Number of completed steps").getter(() -> stepCount);
    }

    @Override
    public void enterInitializationMode() {
        temperature = initialTemperature;
    }

    @Override
    public void exitInitializationMode() {
        temperature = initialTemperature;
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        double equilibrium = ambientTemperature + (heaterEnabled ? heatFlow : 0) * thermalResistance;
        double decay = Math.exp(-communicationStepSize / (thermalResistance * heatCapacity));
        temperature = equilibrium + (temperature - equilibrium) * decay;
        stepCount++;
    }

    @Override
    public void reset() {
        temperature = 0;
        stepCount = 0;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeDouble(heatCapacity);
        out.writeDouble(thermalResistance);
        out.writeDouble(initialTemperature);
        out.writeDouble(heatFlow);
        out.writeDouble(ambientTemperature);
        out.writeBoolean(heaterEnabled);
        out.writeUTF(label);
        out.writeDouble(temperature);
        out.writeInt(stepCount);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        heatCapacity = in.readDouble();
        thermalResistance = in.readDouble();
        initialTemperature = in.readDouble();
        heatFlow = in.readDouble();
        ambientTemperature = in.readDouble();
        heaterEnabled = in.readBoolean();
        label = in.readUTF();
        temperature = in.readDouble();
        stepCount = in.readInt();
    }
}
