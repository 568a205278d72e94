package dev.drivetwin.modeldescriptions.model;

import java.util.List;

/**
 * An {@code <Unknown>} of ModelStructure.
 *
 * @param index 1-based index of the ScalarVariable in ModelVariables
 * @param dependencies 1-based indices this unknown depends on; {@code null} = attribute absent
 *     (dependency on everything), empty = depends on nothing
 * @param dependenciesKind one kind per dependency; {@code null} = attribute absent
 */
public record Unknown(int index, List<Integer> dependencies, List<DependencyKind> dependenciesKind) {
    public Unknown {
        dependencies = dependencies == null ? null : List.copyOf(dependencies);
        dependenciesKind = dependenciesKind == null ? null : List.copyOf(dependenciesKind);
    }

    /**
     * @param index 1-based variable index
     * @return an unknown without dependency information
     */
    public static Unknown of(int index) {
        return new Unknown(index, null, null);
    }
}
