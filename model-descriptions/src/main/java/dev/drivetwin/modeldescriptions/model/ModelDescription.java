package dev.drivetwin.modeldescriptions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The root {@code <fmiModelDescription>} of an FMI 2.0 Co-Simulation FMU. Model Exchange is not
 * represented. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * @param fmiVersion FMI version, "2.0" for this standard
 * @param modelName model name, required
 * @param guid fingerprint of the description, checked by fmi2Instantiate; required
 * @param description free text, or {@code null}
 * @param author author, or {@code null}
 * @param version model version, or {@code null}
 * @param copyright copyright notice, or {@code null}
 * @param license license, or {@code null}
 * @param generationTool tool that generated the FMU, or {@code null}
 * @param generationDateAndTime xs:dateTime of generation as written, or {@code null}
 * @param variableNamingConvention "flat" or "structured", or {@code null} (means flat)
 * @param numberOfEventIndicators number of event indicators, or {@code null}
 * @param coSimulation the Co-Simulation capabilities; {@code null} when the XML has no CoSimulation element
 * @param unitDefinitions units, possibly empty
 * @param typeDefinitions simple types, possibly empty
 * @param logCategories log categories, possibly empty
 * @param defaultExperiment default experiment, or {@code null}
 * @param vendorAnnotationTools names of the VendorAnnotations tools (their content is not kept), possibly empty
 * @param modelVariables variables in document order; index i+1 in the standard's 1-based numbering
 * @param modelStructure outputs, derivatives and initial unknowns; {@code null} is taken as empty
 */
public record ModelDescription(String fmiVersion, String modelName, String guid, String description, String author, String version, String copyright, String license, String generationTool, String generationDateAndTime, String variableNamingConvention, Integer numberOfEventIndicators, CoSimulation coSimulation, List<Unit> unitDefinitions, List<SimpleType> typeDefinitions, List<LogCategory> logCategories, DefaultExperiment defaultExperiment, List<String> vendorAnnotationTools, List<ScalarVariable> modelVariables, ModelStructure modelStructure) {

    public ModelDescription {
        unitDefinitions = unitDefinitions == null ? List.of() : List.copyOf(unitDefinitions);
        typeDefinitions = typeDefinitions == null ? List.of() : List.copyOf(typeDefinitions);
        logCategories = logCategories == null ? List.of() : List.copyOf(logCategories);
        vendorAnnotationTools = vendorAnnotationTools == null ? List.of() : List.copyOf(vendorAnnotationTools);
        modelVariables = modelVariables == null ? List.of() : List.copyOf(modelVariables);
        modelStructure = modelStructure == null ? ModelStructure.EMPTY : modelStructure;
    }

    /** @return a builder with fmiVersion "2.0" and everything else empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this description, to derive a modified copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fmiVersion(fmiVersion);
        b.modelName(modelName);
        b.guid(guid);
        b.description(description);
        b.author(author);
        b.version(version);
        b.copyright(copyright);
        b.license(license);
        b.generationTool(generationTool);
        b.generationDateAndTime(generationDateAndTime);
        b.variableNamingConvention(variableNamingConvention);
        b.numberOfEventIndicators(numberOfEventIndicators);
        b.coSimulation(coSimulation);
        b.unitDefinitions(unitDefinitions);
        b.typeDefinitions(typeDefinitions);
        b.logCategories(logCategories);
        b.defaultExperiment(defaultExperiment);
        b.vendorAnnotationTools(vendorAnnotationTools);
        b.modelVariables(modelVariables);
        b.modelStructure(modelStructure);
        return b;
    }

    /**
     * @param name a variable name
     * @return the variable with that name, if any
     */
    public Optional<ScalarVariable> variable(String name) {
        return modelVariables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * @param variable a variable of this description (compared with equals)
     * @return its 1-based index in ModelVariables, or -1 if it is not there
     */
    public int indexOf(ScalarVariable variable) {
        int i = modelVariables.indexOf(variable);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * @param index 1-based index, as used by ModelStructure and the derivative attribute
     * @return the variable at that index, if the index is in 1..n
     */
    public Optional<ScalarVariable> variableAt(int index) {
        return index >= 1 && index <= modelVariables.size()
                ? Optional.of(modelVariables.get(index - 1)) : Optional.empty();
    }

    /** Mutable builder of a {@link ModelDescription}; not thread-safe. */
    public static final class Builder {
        private String fmiVersion = "2.0";
        private String modelName;
        private String guid;
        private String description;
        private String author;
        private String version;
        private String copyright;
        private String license;
        private String generationTool;
        private String generationDateAndTime;
        private String variableNamingConvention;
        private Integer numberOfEventIndicators;
        private CoSimulation coSimulation;
        private List<Unit> unitDefinitions = new ArrayList<>();
        private List<SimpleType> typeDefinitions = new ArrayList<>();
        private List<LogCategory> logCategories = new ArrayList<>();
        private DefaultExperiment defaultExperiment;
        private List<String> vendorAnnotationTools = new ArrayList<>();
        private List<ScalarVariable> modelVariables = new ArrayList<>();
        private ModelStructure modelStructure;

        private Builder() {
        }

        /**
         * @param fmiVersion FMI version, "2.0" for this standard
         * @return this builder
         */
        public Builder fmiVersion(String fmiVersion) {
            this.fmiVersion = fmiVersion;
            return this;
        }

        /**
         * @param modelName model name, required
         * @return this builder
         */
        public Builder modelName(String modelName) {
            this.modelName = modelName;
            return this;
        }

        /**
         * @param guid fingerprint of the description, checked by fmi2Instantiate; required
         * @return this builder
         */
        public Builder guid(String guid) {
            this.guid = guid;
            return this;
        }

        /**
         * @param description free text, or {@code null}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param author author, or {@code null}
         * @return this builder
         */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /**
         * @param version model version, or {@code null}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * @param copyright copyright notice, or {@code null}
         * @return this builder
         */
        public Builder copyright(String copyright) {
            this.copyright = copyright;
            return this;
        }

        /**
         * @param license license, or {@code null}
         * @return this builder
         */
        public Builder license(String license) {
            this.license = license;
            return this;
        }

        /**
         * @param generationTool tool that generated the FMU, or {@code null}
         * @return this builder
         */
        public Builder generationTool(String generationTool) {
            this.generationTool = generationTool;
            return this;
        }

        /**
         * @param generationDateAndTime xs:dateTime of generation as written, or {@code null}
         * @return this builder
         */
        public Builder generationDateAndTime(String generationDateAndTime) {
            this.generationDateAndTime = generationDateAndTime;
            return this;
        }

        /**
         * @param variableNamingConvention "flat" or "structured", or {@code null} (means flat)
         * @return this builder
         */
        public Builder variableNamingConvention(String variableNamingConvention) {
            this.variableNamingConvention = variableNamingConvention;
            return this;
        }

        /**
         * @param numberOfEventIndicators number of event indicators, or {@code null}
         * @return this builder
         */
        public Builder numberOfEventIndicators(Integer numberOfEventIndicators) {
            this.numberOfEventIndicators = numberOfEventIndicators;
            return this;
        }

        /**
         * @param coSimulation the Co-Simulation capabilities; {@code null} when the XML has no CoSimulation element
         * @return this builder
         */
        public Builder coSimulation(CoSimulation coSimulation) {
            this.coSimulation = coSimulation;
            return this;
        }

        /**
         * @param unitDefinitions replaces the unitDefinitions; {@code null} clears them
         * @return this builder
         */
        public Builder unitDefinitions(List<Unit> unitDefinitions) {
            this.unitDefinitions = unitDefinitions == null ? new ArrayList<>() : new ArrayList<>(unitDefinitions);
            return this;
        }

        /**
         * @param typeDefinitions replaces the typeDefinitions; {@code null} clears them
         * @return this builder
         */
        public Builder typeDefinitions(List<SimpleType> typeDefinitions) {
            this.typeDefinitions = typeDefinitions == null ? new ArrayList<>() : new ArrayList<>(typeDefinitions);
            return this;
        }

        /**
         * @param logCategories replaces the logCategories; {@code null} clears them
         * @return this builder
         */
        public Builder logCategories(List<LogCategory> logCategories) {
            this.logCategories = logCategories == null ? new ArrayList<>() : new ArrayList<>(logCategories);
            return this;
        }

        /**
         * @param defaultExperiment default experiment, or {@code null}
         * @return this builder
         */
        public Builder defaultExperiment(DefaultExperiment defaultExperiment) {
            this.defaultExperiment = defaultExperiment;
            return this;
        }

        /**
         * @param vendorAnnotationTools replaces the vendorAnnotationTools; {@code null} clears them
         * @return this builder
         */
        public Builder vendorAnnotationTools(List<String> vendorAnnotationTools) {
            this.vendorAnnotationTools = vendorAnnotationTools == null ? new ArrayList<>() : new ArrayList<>(vendorAnnotationTools);
            return this;
        }

        /**
         * @param modelVariables replaces the modelVariables; {@code null} clears them
         * @return this builder
         */
        public Builder modelVariables(List<ScalarVariable> modelVariables) {
            this.modelVariables = modelVariables == null ? new ArrayList<>() : new ArrayList<>(modelVariables);
            return this;
        }

        /**
         * @param modelStructure outputs, derivatives and initial unknowns; {@code null} is taken as empty
         * @return this builder
         */
        public Builder modelStructure(ModelStructure modelStructure) {
            this.modelStructure = modelStructure;
            return this;
        }

        /**
         * @param element appended to unitDefinitions
         * @return this builder
         */
        public Builder addUnit(Unit element) {
            unitDefinitions.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * @param element appended to typeDefinitions
         * @return this builder
         */
        public Builder addTypeDefinition(SimpleType element) {
            typeDefinitions.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * @param element appended to logCategories
         * @return this builder
         */
        public Builder addLogCategory(LogCategory element) {
            logCategories.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * @param element appended to vendorAnnotationTools
         * @return this builder
         */
        public Builder addVendorAnnotationTool(String element) {
            vendorAnnotationTools.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /**
         * @param element appended to modelVariables
         * @return this builder
         */
        public Builder addVariable(ScalarVariable element) {
            modelVariables.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        /** @return the description; lists are copied, so the builder may be reused */
        public ModelDescription build() {
            return new ModelDescription(fmiVersion, modelName, guid, description, author, version, copyright, license, generationTool, generationDateAndTime, variableNamingConvention, numberOfEventIndicators, coSimulation, unitDefinitions, typeDefinitions, logCategories, defaultExperiment, vendorAnnotationTools, modelVariables, modelStructure);
        }
    }
}
