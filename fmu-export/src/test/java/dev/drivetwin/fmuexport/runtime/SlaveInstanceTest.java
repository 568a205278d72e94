package dev.drivetwin.fmuexport.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.testslaves.FaultySlave;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SlaveInstanceTest {
    // ThermalMass value references (declaration order per type)
    private static final int HEAT_CAPACITY = 0;
    private static final int THERMAL_RESISTANCE = 1;
    private static final int HEAT_FLOW = 3;
    private static final int TEMPERATURE = 5;

    private final RecordingLogger logger = new RecordingLogger(true);

    private SlaveInstance create(String className, String guid) {
        return SlaveInstance.create(className, getClass().getClassLoader(),
                new SlaveContext("test", Path.of("."), logger), guid);
    }

    private SlaveInstance thermalMass() {
        return create(ThermalMass.class.getName(), SlaveDeclaration.of(new ThermalMass()).guid());
    }

    private SlaveInstance initialised(SlaveInstance instance) {
        assertEquals(FmiStatus.OK, instance.setupExperiment(false, 0, 0, false, 0));
        assertEquals(FmiStatus.OK, instance.enterInitializationMode());
        assertEquals(FmiStatus.OK, instance.exitInitializationMode());
        return instance;
    }

    private static double get(SlaveInstance instance, int vr) {
        double[] value = new double[1];
        assertEquals(FmiStatus.OK, instance.getReal(new int[] {vr}, 1, value));
        return value[0];
    }

    private static int set(SlaveInstance instance, int vr, double value) {
        return instance.setReal(new int[] {vr}, 1, new double[] {value});
    }

    @Test
    void appliesDeclaredStartValuesOnCreation() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(1000.0, get(instance, HEAT_CAPACITY));
        assertEquals(293.15, get(instance, TEMPERATURE));
    }

    @Test
    void refusesAHostWhoseGuidBelongsToAnotherFmu() {
        FmuExportException e = assertThrows(FmuExportException.class,
                () -> create(ThermalMass.class.getName(), "{00000000-0000-0000-0000-000000000000}"));
        assertTrue(e.getMessage().contains("GUID mismatch"), e.getMessage());
    }

    @Test
    void refusesAClassThatIsNotASlave() {
        FmuExportException e = assertThrows(FmuExportException.class, () -> create(String.class.getName(), "x"));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    @Test
    void stepsToTheClosedFormOfAFirstOrderLag() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(FmiStatus.OK, set(instance, HEAT_FLOW, 100));
        for (int k = 0; k < 100; k++) {
            assertEquals(FmiStatus.OK, instance.doStep(k * 1.0, 1.0));
        }
        // T(t) = Ta + QR + (T0 - Ta - QR) exp(-t/(RC)); each exact step multiplies the deviation by exp(-h/RC),
        // so 100 steps differ from one exp(-100/RC) by a few ulp of the 50 K deviation: 1e-12 K is generous.
        double expected = 293.15 + 50 - 50 * Math.exp(-100 / 500.0);
        assertEquals(expected, get(instance, TEMPERATURE), 1e-12);
        assertEquals(100.0, instance.time());
    }

    @Test
    void refusesAnUnknownValueReferenceNamingIt() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(FmiStatus.ERROR, instance.getReal(new int[] {42}, 1, new double[1]));
        assertTrue(logger.last().contains("fmi2GetReal: value reference 42 is not a Real variable"), logger.last());
    }

    @Test
    void refusesNotANumberAndSetsNothing() {
        SlaveInstance instance = initialised(thermalMass());
        int status = instance.setReal(new int[] {HEAT_FLOW, HEAT_CAPACITY}, 2, new double[] {5, Double.NaN});
        assertEquals(FmiStatus.ERROR, status);
        assertTrue(logger.last().contains("'heatCapacity' is not a number"), logger.last());
        assertEquals(0.0, get(instance, HEAT_FLOW), "the valid value before the NaN must not be set either");
    }

    @Test
    void refusesAValueBelowTheDeclaredMinimum() {
        SlaveInstance instance = thermalMass();
        assertEquals(FmiStatus.ERROR, set(instance, HEAT_CAPACITY, -1));
        assertTrue(logger.last().contains("value -1.0 for 'heatCapacity' is outside [1.0E-9, +inf)"), logger.last());
    }

    @Test
    void refusesAFixedParameterAfterInitialisationButTakesATunableOne() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(FmiStatus.ERROR, set(instance, THERMAL_RESISTANCE, 1));
        assertTrue(logger.last().contains("cannot set 'thermalResistance'"), logger.last());
        assertEquals(FmiStatus.OK, set(instance, HEAT_CAPACITY, 2000));
    }

    @Test
    void refusesWritingAnOutput() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(FmiStatus.ERROR, set(instance, TEMPERATURE, 300));
        assertTrue(logger.last().contains("'temperature'"), logger.last());
    }

    @Test
    void refusesAStepFromAnotherCommunicationPoint() {
        SlaveInstance instance = initialised(thermalMass());
        assertEquals(FmiStatus.ERROR, instance.doStep(5, 1));
        assertTrue(logger.last().contains("currentCommunicationPoint 5.0 does not match the FMU's time 0.0"),
                logger.last());
    }

    @Test
    void reportsAnExceptionInTheSlaveAsErrorAndASlaveExceptionAsDiscard() {
        SlaveInstance instance = initialised(create(FaultySlave.class.getName(),
                SlaveDeclaration.of(new FaultySlave()).guid()));
        assertEquals(FmiStatus.OK, instance.setInteger(new int[] {0}, 1, new int[] {FaultySlave.THROW}));
        assertEquals(FmiStatus.ERROR, instance.doStep(0, 1));
        assertTrue(logger.last().contains("IllegalStateException: fault input asked for an exception"),
                logger.last());
        assertEquals(FmiStatus.OK, instance.setInteger(new int[] {0}, 1, new int[] {FaultySlave.DISCARD}));
        assertEquals(FmiStatus.DISCARD, instance.doStep(0, 1));
        assertEquals(0.0, instance.time(), "a discarded step does not advance time");
    }

    @Test
    void restoresASavedStateExactly() {
        SlaveInstance instance = initialised(thermalMass());
        set(instance, HEAT_FLOW, 80);
        instance.doStep(0, 10);
        byte[] saved = instance.getState();
        instance.doStep(10, 10);
        double first = get(instance, TEMPERATURE);
        instance.doStep(20, 10);
        assertEquals(FmiStatus.OK, instance.setState(saved));
        assertEquals(10.0, instance.time());
        instance.doStep(10, 10);
        assertEquals(first, get(instance, TEMPERATURE), 0.0);
    }

    @Test
    void refusesAStateOfAnotherFmuOrGarbage() {
        SlaveInstance instance = initialised(thermalMass());
        SlaveInstance other = initialised(create(FaultySlave.class.getName(),
                SlaveDeclaration.of(new FaultySlave()).guid()));
        assertEquals(FmiStatus.ERROR, instance.setState(other.getState()));
        assertTrue(logger.last().contains("belongs to the FMU with GUID"), logger.last());
        assertEquals(FmiStatus.ERROR, instance.setState(new byte[] {1, 2, 3}));
    }

    @Test
    void refusesAStateSavedByABuildWithAnotherStateLayout() {
        SlaveInstance older = initialised(thermalMass());
        SlaveInstance newer = initialised(create(ThermalMassNextLayout.class.getName(),
                SlaveDeclaration.of(new ThermalMassNextLayout()).guid()));
        assertEquals(SlaveDeclaration.of(new ThermalMass()).guid(), SlaveDeclaration.of(new ThermalMassNextLayout())
                .guid(), "same variables, same GUID: only the layout tells the two builds apart");
        assertEquals(FmiStatus.ERROR, newer.setState(older.getState()));
        assertTrue(logger.last().contains("state layout 1 of this FMU, but this build reads layout 2"),
                logger.last());
        assertEquals(FmiStatus.OK, newer.setState(newer.getState()));
    }

    /** ThermalMass as a later build would ship it: the same variables, a state layout raised to 2. */
    public static final class ThermalMassNextLayout implements Slave {
        private final ThermalMass model = new ThermalMass();

        @Override
        public void declare(SlaveDeclaration declaration) {
            model.declare(declaration);
        }

        @Override
        public void doStep(double currentCommunicationPoint, double communicationStepSize) {
            model.doStep(currentCommunicationPoint, communicationStepSize);
        }

        @Override
        public void reset() {
            model.reset();
        }

        @Override
        public void writeState(DataOutput out) throws IOException {
            model.writeState(out);
        }

        @Override
        public void readState(DataInput in) throws IOException {
            model.readState(in);
        }

        @Override
        public int stateLayout() {
            return 2;
        }
    }

    @Test
    void resetReturnsToStartValues() {
        SlaveInstance instance = initialised(thermalMass());
        set(instance, HEAT_CAPACITY, 5000);
        instance.doStep(0, 1);
        assertEquals(FmiStatus.OK, instance.reset());
        assertEquals(1000.0, get(instance, HEAT_CAPACITY));
        assertEquals(0.0, instance.time());
    }

    @Test
    void carriesEveryBaseType() {
        SlaveInstance instance = initialised(thermalMass());
        int[] flags = new int[1];
        assertEquals(FmiStatus.OK, instance.getBoolean(new int[] {0}, 1, flags));
        assertArrayEquals(new int[] {1}, flags);
        String[] label = new String[1];
        assertEquals(FmiStatus.OK, instance.getString(new int[] {0}, 1, label));
        assertEquals("mass", label[0]);
        instance.doStep(0, 1);
        int[] count = new int[1];
        assertEquals(FmiStatus.OK, instance.getInteger(new int[] {0}, 1, count));
        assertEquals(1, count[0]);
        assertEquals(FmiStatus.ERROR, instance.setString(new int[] {0}, 1, new String[] {null}));
    }
}
