package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Components and the connections between them, checked on construction: every connector exists, each connection
 * goes from an output to an input of a compatible type, and no input is fed twice. Knows the order Gauss-Seidel
 * steps in and the algebraic loops. Moving values along connections is done here, for every algorithm alike. The
 * structure is immutable; the components are not thread-safe.
 */
public final class CoupledSystem {
    /** A connection with its connectors resolved to components and variables. */
    public record Link(Connection connection, Component source, FmuVariable output, Component target,
            FmuVariable input) {
        /** Reads the source output and writes the converted value to the target input. */
        public void transfer(double time) {
            target.write(input, connection.apply(source.read(output, time)), time);
        }
    }

    private final String name;
    private final List<Component> components;
    private final Map<String, Component> byName = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Component, List<Link>> linksInto = new HashMap<>();
    private final Map<Component, InputTransfer> transfers = new HashMap<>();

    /**
     * @param name the system's name or file, for messages
     * @throws MasterException BAD_SYSTEM naming the connection and the fault
     */
    public CoupledSystem(String name, List<Component> components, List<Connection> connections) {
        this.name = name;
        this.components = List.copyOf(components);
        for (Component component : components) {
            if (byName.put(component.name(), component) != null) {
                throw bad("two components are named '" + component.name() + "'");
            }
            linksInto.put(component, new ArrayList<>());
        }
        Set<Connector> fed = new LinkedHashSet<>();
        for (Connection connection : connections) {
            Link link = resolve(connection);
            if (!fed.add(connection.target())) {
                throw bad("connection " + connection + ": input " + connection.target() + " is already connected");
            }
            links.add(link);
            linksInto.get(link.target()).add(link);
        }
        for (Component component : components) {
            transfers.put(component, new InputTransfer(component, linksInto.get(component)));
        }
    }

    private Link resolve(Connection connection) {
        Component source = component(connection.source().component(), connection);
        Component target = component(connection.target().component(), connection);
        FmuVariable output = source.variable(connection.source().variable());
        FmuVariable input = target.variable(connection.target().variable());
        if (!output.isOutput()) {
            throw bad("connection " + connection + ": " + connection.source() + " has causality "
                    + output.causality() + ", expected output");
        }
        if (!"input".equals(input.causality())) {
            throw bad("connection " + connection + ": " + connection.target() + " has causality "
                    + input.causality() + ", expected input");
        }
        if (!compatible(output.kind(), input.kind())) {
            throw bad("connection " + connection + ": type " + output.kind() + " of " + connection.source()
                    + " does not match type " + input.kind() + " of " + connection.target());
        }
        return new Link(connection, source, output, target, input);
    }

    private static boolean compatible(FmuVariable.VariableKind from, FmuVariable.VariableKind to) {
        boolean integral = from == FmuVariable.VariableKind.INTEGER || from == FmuVariable.VariableKind.ENUMERATION;
        boolean integralTarget = to == FmuVariable.VariableKind.INTEGER || to == FmuVariable.VariableKind.ENUMERATION;
        return from != FmuVariable.VariableKind.STRING && (from == to || integral && integralTarget);
    }

    private Component component(String componentName, Connection connection) {
        Component component = byName.get(componentName);
        if (component == null) {
            throw bad("connection " + connection + ": no component '" + componentName + "'; the system has "
                    + byName.keySet());
        }
        return component;
    }

    private MasterException bad(String message) {
        return new MasterException(MasterError.BAD_SYSTEM, name, message);
    }

    public String name() {
        return name;
    }

    /** In declaration order. */
    public List<Component> components() {
        return components;
    }

    /** @throws MasterException naming the system's components when there is none of that name */
    public Component component(String componentName) {
        Component component = byName.get(componentName);
        if (component == null) {
            throw bad("no component '" + componentName + "'; the system has " + byName.keySet());
        }
        return component;
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The connections feeding the inputs of {@code target}. */
    public List<Link> linksInto(Component target) {
        return List.copyOf(linksInto.get(target));
    }

    /**
     * Reads each output feeding {@code target} and sets the input it is connected to, in one fmi2GetReal per
     * source and one fmi2SetReal for the target ({@link InputTransfer}).
     */
    public void transferInto(Component target, double time) {
        transfers.get(target).transfer(time);
    }

    /**
     * The order in which Gauss-Seidel steps the components: each after those it takes inputs from, where the
     * connection graph allows; a cycle is broken at the earliest-declared component still waiting, so that the
     * order is deterministic.
     */
    public List<Component> gaussSeidelOrder() {
        Map<Component, Set<Component>> waitingFor = new LinkedHashMap<>();
        for (Component component : components) {
            Set<Component> sources = new LinkedHashSet<>();
            for (Link link : linksInto.get(component)) {
                if (link.source() != component) {
                    sources.add(link.source());
                }
            }
            waitingFor.put(component, sources);
        }
        List<Component> order = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            Component next = waitingFor.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .findFirst().orElse(waitingFor.keySet().iterator().next());
            waitingFor.remove(next);
            waitingFor.values().forEach(sources -> sources.remove(next));
            order.add(next);
        }
        return order;
    }

    /** The algebraic loops among the connections, each once; empty when there is none. */
    public List<AlgebraicLoop> algebraicLoops() {
        return new LoopFinder(links).loops();
    }
}
