package dev.drivetwin.modeldescriptions;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.BooleanType;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.DependencyKind;
import dev.drivetwin.modeldescriptions.model.DisplayUnit;
import dev.drivetwin.modeldescriptions.model.EnumerationItem;
import dev.drivetwin.modeldescriptions.model.EnumerationType;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.IntegerType;
import dev.drivetwin.modeldescriptions.model.LogCategory;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.ModelStructure;
import dev.drivetwin.modeldescriptions.model.RealType;
import dev.drivetwin.modeldescriptions.model.ScalarVariable;
import dev.drivetwin.modeldescriptions.model.SimpleType;
import dev.drivetwin.modeldescriptions.model.StringType;
import dev.drivetwin.modeldescriptions.model.Unit;
import dev.drivetwin.modeldescriptions.model.Unknown;
import dev.drivetwin.modeldescriptions.model.Variability;
import dev.drivetwin.modeldescriptions.model.VariableType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates random model descriptions that satisfy every FMI 2.0 rule of {@code RuleValidator}, for
 * property-style tests. Deterministic for a given {@link Random}.
 */
public final class RandomModelDescriptions {

    private static final String TRICKY = "aZ09 _.&<>\"'\u00e9\u00df\u4e2d\u20ac[]()";
    private static final Causality[] CAUSALITIES = {null, Causality.PARAMETER, Causality.CALCULATED_PARAMETER,
        Causality.INPUT, Causality.OUTPUT, Causality.LOCAL};

    private final Random random;

    /** @param random source of randomness; fix its seed for reproducible tests */
    public RandomModelDescriptions(Random random) {
        this.random = random;
    }

    /** @return a model description without rule violations */
    public ModelDescription next() {
        List<Unit> units = units();
        List<SimpleType> types = types(units);
        List<ScalarVariable> variables = new ArrayList<>();
        int count = 1 + random.nextInt(15);
        boolean independentPlaced = false;
        for (int i = 0; i < count; i++) {
            if (!independentPlaced && random.nextInt(10) == 0) {
                independentPlaced = true;
                variables.add(new ScalarVariable("time" + i, i, text(), Causality.INDEPENDENT,
                        random.nextBoolean() ? Variability.CONTINUOUS : null, null, null, RealType.of(null, null)));
            } else {
                variables.add(variable(i, units, types));
            }
        }
        variables = withDerivatives(variables);
        return ModelDescription.builder()
                .modelName(text())
                .guid("{" + Long.toHexString(random.nextLong()) + "}")
                .description(maybe(text()))
                .author(maybe(text()))
                .version(maybe(text()))
                .copyright(maybe(text()))
                .license(maybe(text()))
                .generationTool(maybe(text()))
                .generationDateAndTime(maybe("2024-01-01T00:00:00Z"))
                .variableNamingConvention(maybe(random.nextBoolean() ? "flat" : "structured"))
                .numberOfEventIndicators(random.nextBoolean() ? random.nextInt(5) : null)
                .coSimulation(coSimulation())
                .unitDefinitions(units)
                .typeDefinitions(types)
                .logCategories(random.nextBoolean() ? List.of(new LogCategory("logAll", maybe(text()))) : List.of())
                .defaultExperiment(random.nextBoolean() ? experiment() : null)
                .vendorAnnotationTools(random.nextBoolean() ? List.of("tool" + random.nextInt(9)) : List.of())
                .modelVariables(variables)
                .modelStructure(structure(variables))
                .build();
    }

    private CoSimulation coSimulation() {
        List<String> files = random.nextBoolean() ? List.of("a.c", "b & c.c") : List.of();
        return new CoSimulation("model_" + random.nextInt(1000), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), random.nextInt(3), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), files);
    }

    private DefaultExperiment experiment() {
        double start = finiteDouble();
        double stop = start + Math.abs(finiteDouble()) + 1.0;
        if (!(stop > start)) {
            start = 0.0;
            stop = 1.0;
        }
        return new DefaultExperiment(maybe(start), maybe(stop), maybe(1e-6 * random.nextDouble()),
                maybe(Double.MIN_VALUE + random.nextDouble()));
    }

    private List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            BaseUnit base = random.nextBoolean() ? null : new BaseUnit(small(), small(), small(), small(), small(),
                    small(), small(), small(), random.nextBoolean() ? 1.0 : finiteDouble(),
                    random.nextBoolean() ? 0.0 : finiteDouble());
            List<DisplayUnit> displays = new ArrayList<>();
            for (int d = random.nextInt(3); d > 0; d--) {
                displays.add(new DisplayUnit("u" + i + "d" + d, finiteDouble(), random.nextBoolean() ? 0.0 : -0.0));
            }
            units.add(new Unit("u" + i, base, displays));
        }
        return units;
    }

    private List<SimpleType> types(List<Unit> units) {
        List<EnumerationItem> items = List.of(new EnumerationItem("first", 1, maybe(text())),
                new EnumerationItem("second", 2, null));
        List<SimpleType> types = new ArrayList<>();
        types.add(new SimpleType("Choice", maybe(text()), new EnumerationType(null, maybe("Mode"), null, null, null),
                items));
        types.add(new SimpleType("RealT", null, new RealType(null, maybe("Q"), unit(units), null, null, null, null,
                maybe(finiteDouble()), null, null, null, null)));
        types.add(new SimpleType("IntT", null, new IntegerType(null, null, null, null, null)));
        types.add(new SimpleType("BoolT", null, new BooleanType(null, null)));
        types.add(new SimpleType("StrT", null, new StringType(null, null)));
        return types;
    }

    private ScalarVariable variable(int i, List<Unit> units, List<SimpleType> types) {
        Causality causality = CAUSALITIES[random.nextInt(CAUSALITIES.length)];
        Causality effective = causality == null ? Causality.LOCAL : causality;
        List<Variability> variabilities = new ArrayList<>(Arrays.asList(Variability.values()));
        variabilities.removeIf(v -> !allowed(effective, v));
        Variability variability = variabilities.get(random.nextInt(variabilities.size()));
        List<Initial> initials = new ArrayList<>(allowedInitials(effective, variability));
        Initial initial = initials.isEmpty() || random.nextBoolean() ? null : initials.get(random.nextInt(initials.size()));
        Initial effectiveInitial = initial != null ? initial : Initial.defaultFor(effective, variability);
        boolean withStart = effectiveInitial != Initial.CALCULATED;
        int kind = variability == Variability.CONTINUOUS ? 0 : random.nextInt(5);
        VariableType type = type(kind, withStart, units, types);
        Variability written = variability == Variability.CONTINUOUS && random.nextBoolean() ? null : variability;
        return new ScalarVariable("v" + i + "_" + text(), i, maybe(text()), causality, written, initial,
                random.nextInt(4) == 0 ? random.nextBoolean() : null, type);
    }

    private VariableType type(int kind, boolean withStart, List<Unit> units, List<SimpleType> types) {
        switch (kind) {
            case 0: {
                double[] bounds = {finiteDouble(), finiteDouble(), finiteDouble()};
                Arrays.sort(bounds);
                String unit = unit(units);
                String display = unit == null ? null : displayUnit(units, unit);
                return new RealType(random.nextInt(4) == 0 ? "RealT" : null, maybe(text()), unit, display,
                        maybe(random.nextBoolean()), maybe(bounds[0]), maybe(bounds[2]), maybe(finiteDouble()),
                        maybe(random.nextBoolean()), withStart ? bounds[1] : null, null, maybe(random.nextBoolean()));
            }
            case 1: {
                int[] bounds = {random.nextInt(), random.nextInt(), random.nextInt()};
                Arrays.sort(bounds);
                return new IntegerType(random.nextBoolean() ? "IntT" : null, maybe(text()), maybe(bounds[0]),
                        maybe(bounds[2]), withStart ? bounds[1] : null);
            }
            case 2:
                return new BooleanType(random.nextBoolean() ? "BoolT" : null, withStart ? random.nextBoolean() : null);
            case 3:
                return new StringType(random.nextBoolean() ? "StrT" : null, withStart ? text() : null);
            default:
                return new EnumerationType("Choice", maybe(text()), maybe(1), maybe(2), withStart ? 1 + random.nextInt(2)
                        : null);
        }
    }

    /** Makes some Real variables derivatives of other Real variables, so Derivatives is not empty. */
    private List<ScalarVariable> withDerivatives(List<ScalarVariable> variables) {
        List<Integer> realIndices = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).type() instanceof RealType) {
                realIndices.add(i + 1);
            }
        }
        List<ScalarVariable> result = new ArrayList<>();
        for (ScalarVariable v : variables) {
            if (v.type() instanceof RealType r && v.effectiveCausality() != Causality.INDEPENDENT
                    && random.nextInt(3) == 0) {
                int state = realIndices.get(random.nextInt(realIndices.size()));
                RealType derivative = new RealType(r.declaredType(), r.quantity(), r.unit(), r.displayUnit(),
                        r.relativeQuantity(), r.min(), r.max(), r.nominal(), r.unbounded(), r.start(), state,
                        r.reinit());
                result.add(new ScalarVariable(v.name(), v.valueReference(), v.description(), v.causality(),
                        v.variability(), v.initial(), v.canHandleMultipleSetPerTimeInstant(), derivative));
            } else {
                result.add(v);
            }
        }
        return result;
    }

    private ModelStructure structure(List<ScalarVariable> variables) {
        List<Unknown> outputs = new ArrayList<>();
        List<Unknown> derivatives = new ArrayList<>();
        List<Unknown> initialUnknowns = new ArrayList<>();
        for (int i = 1; i <= variables.size(); i++) {
            ScalarVariable v = variables.get(i - 1);
            if (v.effectiveCausality() == Causality.OUTPUT) {
                outputs.add(unknown(i, variables.size()));
            }
            if (v.type() instanceof RealType r && r.derivative() != null) {
                derivatives.add(unknown(i, variables.size()));
            }
            if (random.nextInt(4) == 0) {
                initialUnknowns.add(unknown(i, variables.size()));
            }
        }
        return new ModelStructure(outputs, derivatives, initialUnknowns);
    }

    private Unknown unknown(int index, int n) {
        if (random.nextInt(3) == 0) {
            return Unknown.of(index);
        }
        List<Integer> dependencies = new ArrayList<>();
        List<DependencyKind> kinds = new ArrayList<>();
        for (int d = random.nextInt(4); d > 0; d--) {
            dependencies.add(1 + random.nextInt(n));
            kinds.add(DependencyKind.values()[random.nextInt(DependencyKind.values().length)]);
        }
        return new Unknown(index, dependencies, random.nextBoolean() ? kinds : null);
    }

    private static boolean allowed(Causality causality, Variability variability) {
        switch (causality) {
            case PARAMETER:
            case CALCULATED_PARAMETER:
                return variability == Variability.FIXED || variability == Variability.TUNABLE;
            case INPUT:
                return variability == Variability.DISCRETE || variability == Variability.CONTINUOUS;
            case OUTPUT:
                return variability != Variability.FIXED && variability != Variability.TUNABLE;
            default:
                return true;
        }
    }

    private static List<Initial> allowedInitials(Causality causality, Variability variability) {
        if (causality == Causality.INPUT) {
            return List.of();
        }
        if (variability == Variability.CONSTANT || causality == Causality.PARAMETER) {
            return List.of(Initial.EXACT);
        }
        if (variability == Variability.FIXED || variability == Variability.TUNABLE) {
            return List.of(Initial.APPROX, Initial.CALCULATED);
        }
        return List.of(Initial.values());
    }

    private String unit(List<Unit> units) {
        return units.isEmpty() || random.nextBoolean() ? null : units.get(random.nextInt(units.size())).name();
    }

    private String displayUnit(List<Unit> units, String unit) {
        Unit defined = units.stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow();
        return defined.displayUnits().isEmpty() || random.nextBoolean() ? null
                : defined.displayUnits().get(random.nextInt(defined.displayUnits().size())).name();
    }

    private int small() {
        return random.nextInt(7) - 3;
    }

    /** @return a finite double from the whole range, including subnormals and exact integers */
    private double finiteDouble() {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(2001) - 1000;
            case 1:
                return random.nextGaussian();
            default:
                double value;
                do {
                    value = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(value));
                return value;
        }
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
        }
        return text.toString();
    }

    private <T> T maybe(T value) {
        return random.nextBoolean() ? value : null;
    }
}
