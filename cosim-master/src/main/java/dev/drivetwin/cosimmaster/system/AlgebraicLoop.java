package dev.drivetwin.cosimmaster.system;

import java.util.List;

/**
 * Connectors that depend on each other within one instant: outputs feeding inputs through connections and inputs
 * reaching outputs through direct feedthrough, around a cycle. Listed in the order the cycle was found.
 */
public record AlgebraicLoop(List<Connector> connectors) {
    public AlgebraicLoop {
        connectors = List.copyOf(connectors);
    }

    @Override
    public String toString() {
        return connectors.toString();
    }
}
