package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.system.Component;

/** A variable whose value a system run reports after every step, as column {@code component.variable [unit]}. */
public record RecordedVariable(Component component, FmuVariable variable) {

    /** The variable as observers see it: named {@code component.variable}, same kind, causality and unit. */
    public FmuVariable column() {
        return new FmuVariable(component.name() + "." + variable.name(), variable.valueReference(), variable.kind(),
                variable.causality(), variable.unit());
    }
}
