package dev.drivetwin.cosimmaster.system;

/** A port of a component: the component's name and one of its variables, written {@code component.variable}. */
public record Connector(String component, String variable) {
    public Connector {
        if (component == null || component.isBlank() || variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("a connector needs a component and a variable, was " + component
                    + "." + variable);
        }
    }

    @Override
    public String toString() {
        return component + "." + variable;
    }
}
