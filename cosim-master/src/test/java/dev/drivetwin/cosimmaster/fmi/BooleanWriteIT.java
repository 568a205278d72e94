package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Boolean variables written and read through FMI4j 0.38.0, whose JNI hands the FMU the Java boolean[] (one byte a
 * value) where fmi2Boolean[] (four bytes a value) is due, so a false could arrive as true. fmu-export's ThermalMass
 * has a Boolean input, heaterEnabled: when false the heat flow input is ignored. Over a step h the FMU computes
 * T(t + h) = T_inf + (T(t) - T_inf) exp(-h / (R C)) with T_inf = Ta + Q R when heating and Ta when not, so what the
 * FMU received shows in the temperature, to round-off (a few ulp of 300 K; 1e-9 K allowed).
 */
class BooleanWriteIT {
    static final double R = 0.5;            // [K/W], ThermalMass' start values
    static final double C = 1000;           // [J/K]
    static final double AMBIENT = 293.15;   // [K], also the initial temperature
    static final double HEAT_FLOW = 100;    // [W]
    static final double STEP = 10;          // [s]
    static final double ROUND_OFF = 1e-9;   // [K]

    private ImportedFmu fmu;
    private FmuSlave slave;
    private FmuVariable heaterEnabled;
    private FmuVariable temperature;
    private double time;

    @BeforeEach
    void instantiate() {
        fmu = ImportedFmu.load(FmuVariants.thermalMass());
        slave = fmu.instantiate("mass");
        heaterEnabled = fmu.variable("heaterEnabled");
        temperature = fmu.variable("temperature");
        slave.write(fmu.variable("heatFlow"), Double.toString(HEAT_FLOW));
    }

    @AfterEach
    void close() {
        slave.close();
        fmu.close();
    }

    /** Steps once and checks the temperature against the closed form for the heater state {@code heating}. */
    private void stepAndExpect(boolean heating) {
        double before = slave.readNumber(temperature, time);
        slave.doStep(time, STEP);
        time += STEP;
        double equilibrium = AMBIENT + (heating ? HEAT_FLOW * R : 0);
        double expected = equilibrium + (before - equilibrium) * Math.exp(-STEP / (R * C));
        assertEquals(expected, slave.readNumber(temperature, time), ROUND_OFF,
                "temperature after a step with the heater " + (heating ? "on" : "off"));
    }

    @Test
    void falseWrittenAsTextBeforeInitializationSwitchesTheHeaterOff() {
        slave.write(heaterEnabled, "false");
        slave.initialize(0, 100);
        assertEquals(0, slave.readNumber(heaterEnabled, 0));
        stepAndExpect(false);
        assertEquals(AMBIENT, slave.readNumber(temperature, time), 0.0, "no heating: stays at ambient exactly");
    }

    @Test
    void trueWrittenAsTextSwitchesTheHeaterOn() {
        slave.write(heaterEnabled, "true");
        slave.initialize(0, 100);
        assertEquals(1, slave.readNumber(heaterEnabled, 0));
        stepAndExpect(true);
    }

    @Test
    void writesBetweenStepsTakeEffectEachTime() {
        slave.initialize(0, 100);
        boolean[] sequence = {false, true, false, false, true, true, false};
        for (boolean heating : sequence) {
            slave.writeNumber(heaterEnabled, heating ? 1 : 0);
            assertEquals(heating ? 1 : 0, slave.readNumber(heaterEnabled, time), "heaterEnabled read back");
            stepAndExpect(heating);
        }
    }
}
