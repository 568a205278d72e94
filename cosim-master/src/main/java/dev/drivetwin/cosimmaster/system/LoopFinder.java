package dev.drivetwin.cosimmaster.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds algebraic loops: strongly connected components (Tarjan) of the graph whose nodes are the connected
 * connectors, with an edge along each connection and an edge from an input to each connected output of the same
 * component that depends on it directly. A component of more than one node is a loop.
 */
final class LoopFinder {
    private final Map<Connector, List<Connector>> edges = new LinkedHashMap<>();
    private final Map<Connector, Integer> index = new HashMap<>();
    private final Map<Connector, Integer> lowLink = new HashMap<>();
    private final Deque<Connector> stack = new ArrayDeque<>();
    private final List<AlgebraicLoop> loops = new ArrayList<>();
    private int counter;

    LoopFinder(List<CoupledSystem.Link> links) {
        for (CoupledSystem.Link link : links) {
            edge(link.connection().source(), link.connection().target());
        }
        for (CoupledSystem.Link into : links) {
            for (CoupledSystem.Link outOf : links) {
                if (outOf.source() == into.target()
                        && into.target().feedthrough().dependsOn(outOf.output().name(), into.input().name())) {
                    edge(into.connection().target(), outOf.connection().source());
                }
            }
        }
    }

    private void edge(Connector from, Connector to) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        edges.computeIfAbsent(to, k -> new ArrayList<>());
    }

    List<AlgebraicLoop> loops() {
        for (Connector node : edges.keySet()) {
            if (!index.containsKey(node)) {
                visit(node);
            }
        }
        return List.copyOf(loops);
    }

    /** Recursive Tarjan; the depth is bounded by the number of connected connectors, a few hundred at most. */
    private void visit(Connector node) {
        index.put(node, counter);
        lowLink.put(node, counter);
        counter++;
        stack.push(node);
        for (Connector next : edges.get(node)) {
            if (!index.containsKey(next)) {
                visit(next);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (stack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            List<Connector> members = new ArrayList<>();
            Connector member;
            do {
                member = stack.pop();
                members.add(0, member);
            } while (!member.equals(node));
            if (members.size() > 1) {
                loops.add(new AlgebraicLoop(members));
            }
        }
    }
}
