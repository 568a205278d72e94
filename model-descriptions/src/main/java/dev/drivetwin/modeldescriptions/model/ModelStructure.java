package dev.drivetwin.modeldescriptions.model;

import java.util.List;

/**
 * The {@code <ModelStructure>}: outputs, state derivatives and initial unknowns. A {@code null}
 * list is taken as empty.
 *
 * @param outputs one Unknown per output variable, in variable order
 * @param derivatives one Unknown per state derivative
 * @param initialUnknowns the unknowns of initialization mode
 */
public record ModelStructure(List<Unknown> outputs, List<Unknown> derivatives, List<Unknown> initialUnknowns) {

    /** A structure with no unknowns at all. */
    public static final ModelStructure EMPTY = new ModelStructure(List.of(), List.of(), List.of());

    public ModelStructure {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        derivatives = derivatives == null ? List.of() : List.copyOf(derivatives);
        initialUnknowns = initialUnknowns == null ? List.of() : List.copyOf(initialUnknowns);
    }
}
