package dev.drivetwin.modeldescriptions.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.Fixtures;
import dev.drivetwin.modeldescriptions.ModelDescriptionError;
import dev.drivetwin.modeldescriptions.ModelDescriptionException;
import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.BooleanType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.DependencyKind;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.EnumerationType;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.IntegerType;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ModelStructure;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.SimpleType;
import dev.drivetwin.modeldescriptions.model.Unit;
import dev.drivetwin.modeldescriptions.model.Unknown;
import dev.drivetwin.modeldescriptions.model.Variability;
import dev.drivetwin.modeldescriptions.model.VariableType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    /** Valid: one input u (index 1) and one output y (index 2), no UnitDefinitions. */
    private static ModelDescription.Builder valid() {
        return ModelDescription.builder().modelName("M").guid("{g}").coSimulation(CoSimulation.of("M"))
                .addVariable(ScalarVariable.of("u", 0, Causality.INPUT, null, RealType.of("V", 0.0)))
                .addVariable(ScalarVariable.of("y", 1, Causality.OUTPUT, null, RealType.of("V", null)))
                .modelStructure(new ModelStructure(List.of(Unknown.of(2)), List.of(), List.of()));
    }

    private static ModelDescription withVariable(ScalarVariable extra) {
        return valid().addVariable(extra).build();
    }

    private static ScalarVariable variable(String name, Causality c, Variability v, Initial initial,
            VariableType type) {
        return new ScalarVariable(name, 100, null, c, v, initial, null, type);
    }

    /** Asserts that exactly the given rule is reported, and for the given element. */
    private static void assertOnly(FmiRule rule, String element, ModelDescription md) {
        List<Violation> violations = RuleValidator.validate(md);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(rule.id(), violations.get(0).rule(), violations.toString());
        assertEquals(element, violations.get(0).element(), violations.toString());
    }

    @Test
    void validDescriptionsHaveNoViolations() {
        assertEquals(List.of(), RuleValidator.validate(valid().build()));
        for (String fixture : Fixtures.ALL) {
            assertEquals(List.of(), RuleValidator.validate(Fixtures.read(fixture)), fixture);
        }
    }

    @Test
    void fmiVersionMustBeTwoPointZero() {
        assertOnly(FmiRule.FMI_VERSION, "fmiModelDescription", valid().fmiVersion("3.0").build());
    }

    @Test
    void guidMustNotBeBlank() {
        assertOnly(FmiRule.GUID, "fmiModelDescription", valid().guid("  ").build());
    }

    @Test
    void coSimulationElementIsRequired() {
        assertOnly(FmiRule.CO_SIMULATION, "fmiModelDescription", valid().coSimulation(null).build());
    }

    @Test
    void modelIdentifierMustBeCIdentifier() {
        assertOnly(FmiRule.MODEL_IDENTIFIER, "CoSimulation", valid().coSimulation(CoSimulation.of("1pack")).build());
        assertOnly(FmiRule.MODEL_IDENTIFIER, "CoSimulation", valid().coSimulation(CoSimulation.of("a.b")).build());
        assertEquals(List.of(), RuleValidator.validate(valid().coSimulation(CoSimulation.of("_pack_2")).build()));
    }

    @Test
    void defaultExperimentNeedsPositiveStepAndStopAfterStart() {
        assertOnly(FmiRule.DEFAULT_EXPERIMENT, "DefaultExperiment",
                valid().defaultExperiment(new DefaultExperiment(null, null, null, 0.0)).build());
        assertOnly(FmiRule.DEFAULT_EXPERIMENT, "DefaultExperiment",
                valid().defaultExperiment(new DefaultExperiment(2.0, 1.0, null, null)).build());
        assertOnly(FmiRule.DEFAULT_EXPERIMENT, "DefaultExperiment",
                valid().defaultExperiment(new DefaultExperiment(null, null, null, Double.NaN)).build());
    }

    @Test
    void variableNamesAreUnique() {
        assertOnly(FmiRule.UNIQUE_NAME, "u", withVariable(
                new ScalarVariable("u", 7, null, Causality.LOCAL, Variability.DISCRETE, null, null, IntegerType.of(null))));
    }

    @Test
    void valueReferencesAreUniquePerBaseTypeWithEnumerationSharingInteger() {
        ModelDescription md = valid()
                .addTypeDefinition(new SimpleType("E", null, new EnumerationType(null, null, null, null, null)))
                .addVariable(variable("i", Causality.PARAMETER, Variability.FIXED, null, IntegerType.of(1)))
                .addVariable(variable("e", Causality.PARAMETER, Variability.FIXED, null, EnumerationType.of("E", 1)))
                .build();
        assertOnly(FmiRule.UNIQUE_VALUE_REFERENCE, "e", md);
        // a Boolean may reuse the value reference of the Integer: different fmi2Get function
        ModelDescription separate = valid()
                .addVariable(variable("i", Causality.PARAMETER, Variability.FIXED, null, IntegerType.of(1)))
                .addVariable(variable("b", Causality.PARAMETER, Variability.FIXED, null, BooleanType.of(true)))
                .build();
        assertEquals(List.of(), RuleValidator.validate(separate));
    }

    @Test
    void aliasesMayShareValueReferenceWithAtMostOneStart() {
        ScalarVariable alias = new ScalarVariable("uAlias", 0, null, Causality.LOCAL, null, null, null,
                RealType.of("V", null));
        assertEquals(List.of(), RuleValidator.validate(withVariable(alias)));
        ScalarVariable conflicting = new ScalarVariable("uAlias", 0, null, Causality.LOCAL, null, Initial.EXACT, null,
                RealType.of("V", 1.0));
        assertOnly(FmiRule.UNIQUE_VALUE_REFERENCE, "uAlias", withVariable(conflicting));
    }

    @Test
    void constantInputIsNotAllowed() {
        assertOnly(FmiRule.CAUSALITY_VARIABILITY, "c",
                withVariable(variable("c", Causality.INPUT, Variability.CONSTANT, null, BooleanType.of(true))));
    }

    @Test
    void parameterMustBeFixedOrTunable() {
        assertOnly(FmiRule.CAUSALITY_VARIABILITY, "p",
                withVariable(variable("p", Causality.PARAMETER, Variability.DISCRETE, null, IntegerType.of(1))));
    }

    @Test
    void continuousOnlyForReal() {
        assertOnly(FmiRule.CONTINUOUS_ONLY_REAL, "n",
                withVariable(variable("n", Causality.LOCAL, Variability.CONTINUOUS, null, IntegerType.of(null))));
    }

    @Test
    void initialMustBeAllowedForTheCombination() {
        assertOnly(FmiRule.INITIAL, "k", withVariable(
                variable("k", Causality.PARAMETER, Variability.FIXED, Initial.APPROX, RealType.of(null, 1.0))));
        List<Violation> onInput = RuleValidator.validate(withVariable(
                variable("in", Causality.INPUT, Variability.DISCRETE, Initial.EXACT, IntegerType.of(1))));
        assertEquals(List.of(FmiRule.INITIAL.id()), onInput.stream().map(Violation::rule).toList());
        assertTrue(onInput.get(0).message().contains("no initial attribute"), onInput.toString());
    }

    @Test
    void startRequiredForInputsParametersConstantsAndExactOrApprox() {
        assertOnly(FmiRule.START_REQUIRED, "in",
                withVariable(variable("in", Causality.INPUT, Variability.DISCRETE, null, IntegerType.of(null))));
        assertOnly(FmiRule.START_REQUIRED, "p",
                withVariable(variable("p", Causality.PARAMETER, Variability.TUNABLE, null, RealType.of(null, null))));
        assertOnly(FmiRule.START_REQUIRED, "c",
                withVariable(variable("c", Causality.LOCAL, Variability.CONSTANT, null, RealType.of(null, null))));
        assertOnly(FmiRule.START_REQUIRED, "a",
                withVariable(variable("a", Causality.LOCAL, null, Initial.APPROX, RealType.of(null, null))));
    }

    @Test
    void startForbiddenWhenCalculated() {
        assertOnly(FmiRule.START_FORBIDDEN, "x",
                withVariable(variable("x", Causality.LOCAL, null, null, RealType.of(null, 1.0))));
        assertOnly(FmiRule.START_FORBIDDEN, "cp", withVariable(
                variable("cp", Causality.CALCULATED_PARAMETER, Variability.FIXED, null, RealType.of(null, 1.0))));
    }

    @Test
    void independentIsOneRealWithoutStart() {
        ScalarVariable time = variable("time", Causality.INDEPENDENT, null, null, RealType.of(null, null));
        assertEquals(List.of(), RuleValidator.validate(withVariable(time)));
        assertOnly(FmiRule.START_FORBIDDEN, "time",
                withVariable(variable("time", Causality.INDEPENDENT, null, null, RealType.of(null, 0.0))));
        ScalarVariable second = new ScalarVariable("t2", 101, null, Causality.INDEPENDENT, null, null, null,
                RealType.of(null, null));
        assertOnly(FmiRule.INDEPENDENT, "t2", valid().addVariable(time).addVariable(second).build());
        List<Violation> integer = RuleValidator.validate(withVariable(
                variable("tick", Causality.INDEPENDENT, Variability.DISCRETE, null, IntegerType.of(null))));
        assertTrue(integer.stream().anyMatch(v -> v.rule().equals(FmiRule.INDEPENDENT.id())
                && v.element().equals("tick")), integer.toString());
    }

    @Test
    void startMustLieBetweenMinAndMax() {
        RealType real = new RealType(null, null, null, null, null, 0.0, 1.0, null, null, 2.0, null, null);
        assertOnly(FmiRule.START_IN_RANGE, "p",
                withVariable(variable("p", Causality.PARAMETER, Variability.FIXED, null, real)));
        IntegerType integer = new IntegerType(null, null, 5, 10, 4);
        assertOnly(FmiRule.START_IN_RANGE, "n",
                withVariable(variable("n", Causality.PARAMETER, Variability.FIXED, null, integer)));
    }

    @Test
    void declaredTypeMustExistWithSameBaseType() {
        assertOnly(FmiRule.DECLARED_TYPE, "p", withVariable(variable("p", Causality.PARAMETER, Variability.FIXED,
                null, new IntegerType("Missing", null, null, null, 1))));
        ModelDescription wrongBase = valid().addTypeDefinition(new SimpleType("Flag", null, BooleanType.of(null)))
                .addVariable(variable("p", Causality.PARAMETER, Variability.FIXED, null,
                        new IntegerType("Flag", null, null, null, 1)))
                .build();
        assertOnly(FmiRule.DECLARED_TYPE, "p", wrongBase);
        assertOnly(FmiRule.DECLARED_TYPE, "e", withVariable(
                variable("e", Causality.PARAMETER, Variability.FIXED, null, EnumerationType.of(null, 1))));
    }

    @Test
    void unitsMustBeDefinedWhenUnitDefinitionsAreGiven() {
        Unit volt = new Unit("V", BaseUnit.NONE, List.of(new DisplayUnit("kV", 0.001, 0.0)));
        assertEquals(List.of(), RuleValidator.validate(valid().addUnit(volt).build()));
        assertOnly(FmiRule.UNIT_DEFINED, "p", valid().addUnit(volt).addVariable(
                variable("p", Causality.PARAMETER, Variability.FIXED, null, RealType.of("A", 1.0))).build());
        RealType badDisplay = new RealType(null, null, "V", "mV", null, null, null, null, null, 1.0, null, null);
        assertOnly(FmiRule.UNIT_DEFINED, "p", valid().addUnit(volt).addVariable(
                variable("p", Causality.PARAMETER, Variability.FIXED, null, badDisplay)).build());
    }

    @Test
    void derivativeAttributeMustPointToReal() {
        RealType pointsOutside = new RealType(null, null, null, null, null, null, null, null, null, null, 9, null);
        assertOnly(FmiRule.DERIVATIVE_ATTRIBUTE, "d",
                withVariable(variable("d", Causality.LOCAL, null, null, pointsOutside)));
        ModelDescription toInteger = valid()
                .addVariable(variable("n", Causality.LOCAL, Variability.DISCRETE, null, IntegerType.of(null)))
                .addVariable(new ScalarVariable("d", 101, null, null, null, null, null,
                        new RealType(null, null, null, null, null, null, null, null, null, null, 3, null)))
                .build();
        assertOnly(FmiRule.DERIVATIVE_ATTRIBUTE, "d", toInteger);
    }

    @Test
    void everyOutputIsListedAndNothingElse() {
        assertOnly(FmiRule.OUTPUTS, "y", valid().modelStructure(ModelStructure.EMPTY).build());
        ModelStructure listsInput = new ModelStructure(List.of(Unknown.of(1), Unknown.of(2)), List.of(), List.of());
        assertOnly(FmiRule.OUTPUTS, "ModelStructure/Outputs/Unknown[1]", valid().modelStructure(listsInput).build());
    }

    @Test
    void derivativesReferToRealsWithDerivativeAttribute() {
        ModelStructure structure = new ModelStructure(List.of(Unknown.of(2)), List.of(Unknown.of(1)), List.of());
        assertOnly(FmiRule.DERIVATIVES, "ModelStructure/Derivatives/Unknown[1]",
                valid().modelStructure(structure).build());
    }

    @Test
    void unknownAndDependencyIndicesAreInRange() {
        ModelStructure structure = new ModelStructure(List.of(Unknown.of(2)), List.of(),
                List.of(new Unknown(3, null, null), new Unknown(2, List.of(0, 1), null)));
        List<Violation> violations = RuleValidator.validate(valid().modelStructure(structure).build());
        assertEquals(List.of(
                new Violation("index-range", "ModelStructure/InitialUnknowns/Unknown[1]", "index 3 is outside 1..2"),
                new Violation("index-range", "ModelStructure/InitialUnknowns/Unknown[2]",
                        "dependency 0 is outside 1..2")), violations);
    }

    @Test
    void dependenciesKindHasOneEntryPerDependency() {
        Unknown mismatched = new Unknown(2, List.of(1), List.of(DependencyKind.DEPENDENT, DependencyKind.FIXED));
        assertOnly(FmiRule.DEPENDENCIES_KIND, "ModelStructure/Outputs/Unknown[1]",
                valid().modelStructure(new ModelStructure(List.of(mismatched), List.of(), List.of())).build());
    }

    @Test
    void requireValidListsEveryViolationWithSourceName() {
        ModelDescription md = valid().guid("").coSimulation(CoSimulation.of("9x")).build();
        ModelDescriptionException e = assertThrows(ModelDescriptionException.class,
                () -> RuleValidator.requireValid(md, "modelDescription.xml"));
        assertEquals(ModelDescriptionError.RULE_VIOLATIONS, e.error());
        assertTrue(e.getMessage().startsWith("modelDescription.xml: 2 FMI 2.0 rule violation(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("[guid]") && e.getMessage().contains("[model-identifier]"), e.getMessage());
    }

    @Test
    void everyRuleHasADistinctId() {
        List<String> ids = new ArrayList<>();
        for (FmiRule rule : FmiRule.values()) {
            assertTrue(!ids.contains(rule.id()), rule.id());
            ids.add(rule.id());
        }
    }
}
