package dev.drivetwin.modeldescriptions.rules;

/**
 * The FMI 2.0 rules checked by {@link RuleValidator}, each with its short id and the section of the
 * standard it comes from.
 */
public enum FmiRule {
    /** fmiVersion must be "2.0" (2.2.1). */
    FMI_VERSION("fmi-version"),
    /** guid must be present and not blank (2.2.1). */
    GUID("guid"),
    /** The model must have a CoSimulation element: this project only handles Co-Simulation (4.3.1). */
    CO_SIMULATION("co-simulation"),
    /** modelIdentifier must be a valid C identifier, as it prefixes C function names (4.3.1). */
    MODEL_IDENTIFIER("model-identifier"),
    /** DefaultExperiment: stepSize &gt; 0 and stopTime &gt; startTime when both are given (2.2.5). */
    DEFAULT_EXPERIMENT("default-experiment"),
    /** Variable names are unique (2.2.7). */
    UNIQUE_NAME("unique-name"),
    /** Value references are unique per base type group, except for aliases (2.2.7). */
    UNIQUE_VALUE_REFERENCE("unique-value-reference"),
    /** causality/variability combination allowed by the table of 2.2.7. */
    CAUSALITY_VARIABILITY("causality-variability"),
    /** variability continuous only for Real variables (2.2.7). */
    CONTINUOUS_ONLY_REAL("continuous-only-real"),
    /** initial value allowed for the causality/variability combination, table of 2.2.7. */
    INITIAL("initial"),
    /** start required for initial exact/approx, inputs, parameters and constants (2.2.7). */
    START_REQUIRED("start-required"),
    /** start forbidden for initial calculated and the independent variable (2.2.7). */
    START_FORBIDDEN("start-forbidden"),
    /** At most one independent variable, and it is a Real (2.2.7). */
    INDEPENDENT("independent"),
    /** min &lt;= start &lt;= max and min &lt;= max for Real, Integer and Enumeration (2.2.7). */
    START_IN_RANGE("start-in-range"),
    /** declaredType names an existing SimpleType of the same base type; required for Enumeration (2.2.3). */
    DECLARED_TYPE("declared-type"),
    /** unit and displayUnit are defined in UnitDefinitions when UnitDefinitions are given (2.2.2). */
    UNIT_DEFINED("unit-defined"),
    /** The derivative attribute is an index in 1..n of a Real variable (2.2.7). */
    DERIVATIVE_ATTRIBUTE("derivative-attribute"),
    /** ModelStructure/Outputs lists exactly the output variables, in index order (2.2.8). */
    OUTPUTS("outputs"),
    /** ModelStructure/Derivatives refer to Real variables with a derivative attribute (2.2.8). */
    DERIVATIVES("derivatives"),
    /** Unknown index and every dependency index is in 1..n (2.2.8). */
    INDEX_RANGE("index-range"),
    /** dependenciesKind requires dependencies and has the same length (2.2.8). */
    DEPENDENCIES_KIND("dependencies-kind");

    private final String id;

    FmiRule(String id) {
        this.id = id;
    }

    /** @return the short id used in {@link Violation#rule()} */
    public String id() {
        return id;
    }

    Violation violation(String element, String message) {
        return new Violation(id, element, message);
    }
}
