package dev.drivetwin.fmuexport.slave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuexport.FmuExportException;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import dev.drivetwin.modeldescriptions.model.BaseType;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SlaveDeclarationTest {

    /** A slave whose whole declaration is the given lambda, for testing declaration checks. */
    private static Slave declaring(Consumer<SlaveDeclaration> body) {
        return new Slave() {
            @Override
            public void declare(SlaveDeclaration declaration) {
                declaration.modelName("Probe");
                body.accept(declaration);
            }

            @Override
            public void doStep(double t, double h) {
            }

            @Override
            public void reset() {
            }

            @Override
            public void writeState(DataOutput out) {
            }

            @Override
            public void readState(DataInput in) {
            }
        };
    }

    private static String failure(Consumer<SlaveDeclaration> body) {
        return assertThrows(FmuExportException.class, () -> SlaveDeclaration.of(declaring(body))).getMessage();
    }

    @Test
    void numbersValueReferencesPerBaseTypeInDeclarationOrder() {
        SlaveDeclaration declaration = SlaveDeclaration.of(new ThermalMass());
        assertEquals(6, declaration.variables(BaseType.REAL).size());
        assertEquals("temperature", declaration.variables(BaseType.REAL).get(5).name());
        assertEquals(5, declaration.variables(BaseType.REAL).get(5).valueReference());
        assertEquals(0, declaration.variables(BaseType.BOOLEAN).get(0).valueReference());
        assertEquals(0, declaration.variables(BaseType.INTEGER).get(0).valueReference());
    }

    @Test
    void refusesADuplicateName() {
        String message = failure(d -> {
            d.real("x").causality(Causality.OUTPUT).unit("1").getter(() -> 0);
            d.integer("x");
        });
        assertTrue(message.contains("'x' is declared twice"), message);
    }

    @Test
    void refusesAnInputWithoutSetter() {
        String message = failure(d -> d.real("u").causality(Causality.INPUT).unit("W").start(0).getter(() -> 0));
        assertTrue(message.contains("variable 'u': causality input needs a setter"), message);
    }

    @Test
    void refusesAnOutputWithASetter() {
        String message = failure(d -> d.real("y").causality(Causality.OUTPUT).unit("W").getter(() -> 0)
                .setter(v -> { }));
        assertTrue(message.contains("variable 'y': has a setter"), message);
    }

    @Test
    void refusesAParameterWithoutStart() {
        String message = failure(d -> d.real("p").causality(Causality.PARAMETER).unit("W").getter(() -> 0)
                .setter(v -> { }));
        assertTrue(message.contains("needs a start value"), message);
    }

    @Test
    void refusesARealWithoutUnit() {
        String message = failure(d -> d.real("y").causality(Causality.OUTPUT).getter(() -> 0));
        assertTrue(message.contains("must name an SI unit"), message);
    }

    @Test
    void refusesADependencyOnAnUndeclaredInput() {
        String message = failure(d -> d.real("y").causality(Causality.OUTPUT).unit("1").getter(() -> 0)
                .dependsOn("nothere"));
        assertTrue(message.contains("depends on 'nothere'"), message);
    }

    @Test
    void refusesAVariableWithoutGetter() {
        String message = failure(d -> d.real("y").causality(Causality.OUTPUT).unit("1"));
        assertTrue(message.contains("no getter"), message);
    }

    @Test
    void guidIsStableAndFollowsTheDeclaration() {
        String first = SlaveDeclaration.of(new ThermalMass()).guid();
        assertEquals(first, SlaveDeclaration.of(new ThermalMass()).guid());
        String other = SlaveDeclaration.of(declaring(d -> d.real("y").causality(Causality.OUTPUT).unit("1")
                .getter(() -> 0))).guid();
        String changedUnit = SlaveDeclaration.of(declaring(d -> d.real("y").causality(Causality.OUTPUT).unit("K")
                .getter(() -> 0))).guid();
        assertNotEquals(first, other);
        assertNotEquals(other, changedUnit);
        assertTrue(first.matches("\\{[0-9a-f-]{36}}"), first);
    }
}
