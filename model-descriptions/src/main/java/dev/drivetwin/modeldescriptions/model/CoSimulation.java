package dev.drivetwin.modeldescriptions.model;

import java.util.List;
import java.util.Objects;

/**
 * The {@code <CoSimulation>} element: capabilities of the Co-Simulation FMU. Boolean capabilities
 * default to false and maxOutputDerivativeOrder to 0 when absent in the XML.
 *
 * @param modelIdentifier C identifier prefix of the binary and its functions, required
 * @param needsExecutionTool whether an external tool is needed
 * @param canHandleVariableCommunicationStepSize whether the step size may vary
 * @param canInterpolateInputs whether input derivatives are used
 * @param maxOutputDerivativeOrder highest order of output derivatives available
 * @param canRunAsynchronuously whether fmi2DoStep may run asynchronously (spelled as in the standard)
 * @param canBeInstantiatedOnlyOncePerProcess whether only one instance per process is possible
 * @param canNotUseMemoryManagementFunctions whether the FMU ignores the host's allocator
 * @param canGetAndSetFMUstate whether fmi2GetFMUstate/fmi2SetFMUstate are supported
 * @param canSerializeFMUstate whether FMU states can be serialized
 * @param providesDirectionalDerivative whether fmi2GetDirectionalDerivative is supported
 * @param sourceFiles names of the {@code <File>} elements of SourceFiles, possibly empty
 */
public record CoSimulation(String modelIdentifier, boolean needsExecutionTool,
        boolean canHandleVariableCommunicationStepSize, boolean canInterpolateInputs, int maxOutputDerivativeOrder,
        boolean canRunAsynchronuously, boolean canBeInstantiatedOnlyOncePerProcess,
        boolean canNotUseMemoryManagementFunctions, boolean canGetAndSetFMUstate, boolean canSerializeFMUstate,
        boolean providesDirectionalDerivative, List<String> sourceFiles) {

    public CoSimulation {
        Objects.requireNonNull(modelIdentifier, "modelIdentifier");
        sourceFiles = sourceFiles == null ? List.of() : List.copyOf(sourceFiles);
    }

    /**
     * @param modelIdentifier the C identifier
     * @return a CoSimulation with every capability at its default (false, 0) and no source files
     */
    public static CoSimulation of(String modelIdentifier) {
        return new CoSimulation(modelIdentifier, false, false, false, 0, false, false, false, false, false, false,
                List.of());
    }
}
