package dev.drivetwin.modeldescriptions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarVariableTest {

    @Test
    void absentCausalityAndVariabilityMeanLocalContinuousWithCalculatedInitial() {
        ScalarVariable v = ScalarVariable.of("x", 0, null, null, RealType.of(null, null));
        assertEquals(Causality.LOCAL, v.effectiveCausality());
        assertEquals(Variability.CONTINUOUS, v.effectiveVariability());
        assertEquals(Initial.CALCULATED, v.effectiveInitial());
    }

    @Test
    void defaultInitialFollowsTheStandardTable() {
        assertEquals(Initial.EXACT, Initial.defaultFor(Causality.PARAMETER, Variability.FIXED));
        assertEquals(Initial.CALCULATED, Initial.defaultFor(Causality.CALCULATED_PARAMETER, Variability.TUNABLE));
        assertEquals(Initial.EXACT, Initial.defaultFor(Causality.OUTPUT, Variability.CONSTANT));
        assertEquals(Initial.CALCULATED, Initial.defaultFor(Causality.OUTPUT, Variability.DISCRETE));
        assertNull(Initial.defaultFor(Causality.INPUT, Variability.CONTINUOUS));
        assertNull(Initial.defaultFor(Causality.INDEPENDENT, Variability.CONTINUOUS));
    }

    @Test
    void enumerationsParseTheirXmlSpellingAndListAlternativesOtherwise() {
        for (Causality c : Causality.values()) {
            assertEquals(c, Causality.fromXml(c.xmlName()));
        }
        assertEquals(DependencyKind.TUNABLE, DependencyKind.fromXml("tunable"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variability.fromXml("fixd"));
        assertEquals("'fixd' is not one of constant, fixed, tunable, discrete, continuous", e.getMessage());
    }

    @Test
    void valueReferenceMustFitUnsigned32Bits() {
        assertThrows(IllegalArgumentException.class,
                () -> ScalarVariable.of("x", 1L << 32, null, null, BooleanType.of(null)));
        assertThrows(IllegalArgumentException.class, () -> ScalarVariable.of("x", -1, null, null, BooleanType.of(null)));
    }

    @Test
    void listsAreCopiedOnConstruction() {
        List<ScalarVariable> variables = new ArrayList<>(List.of(ScalarVariable.of("a", 0, null, null,
                StringType.of(null))));
        ModelDescription md = ModelDescription.builder().modelName("M").guid("g").modelVariables(variables).build();
        variables.add(ScalarVariable.of("b", 1, null, null, StringType.of(null)));
        assertEquals(1, md.modelVariables().size());
        assertEquals(1, md.indexOf(md.variable("a").orElseThrow()));
        assertEquals(-1, md.indexOf(variables.get(1)));
    }
}
