package dev.drivetwin.cosimmaster.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoupledSystemTest {

    /** y = u + 1 with direct feedthrough when {@code feedthrough}. */
    static Component block(String name, boolean feedthrough) {
        ScriptedFmu fmu = new ScriptedFmu(name, true).variable("u", "input").variable("y", "output")
                .outputs(f -> f.set("y", f.get("u") + 1));
        return new Component(name, fmu, feedthrough ? DirectFeedthrough.of(Map.of("y", Set.of("u")))
                : DirectFeedthrough.NONE);
    }

    static Connection link(String from, String to) {
        return Connection.of(ConnectionSource.parse(from), ConnectionSource.parse(to));
    }

    @Test
    void findsALoopOfDirectFeedthroughAndNamesItsConnectors() {
        CoupledSystem system = new CoupledSystem("ring", List.of(block("a", true), block("b", true)),
                List.of(link("a.y", "b.u"), link("b.y", "a.u")));
        assertEquals(1, system.algebraicLoops().size());
        assertEquals(Set.of("a.y", "b.u", "b.y", "a.u"), Set.copyOf(system.algebraicLoops().get(0).connectors()
                .stream().map(Connector::toString).toList()));
    }

    @Test
    void aDelayInTheRingBreaksTheLoop() {
        CoupledSystem system = new CoupledSystem("ring", List.of(block("a", true), block("b", false)),
                List.of(link("a.y", "b.u"), link("b.y", "a.u")));
        assertTrue(system.algebraicLoops().isEmpty());
    }

    @Test
    void gaussSeidelStepsSourcesBeforeTheirTargets() {
        CoupledSystem system = new CoupledSystem("chain", List.of(block("c", false), block("a", false),
                block("b", false)), List.of(link("a.y", "b.u"), link("b.y", "c.u")));
        assertEquals(List.of("a", "b", "c"), system.gaussSeidelOrder().stream().map(Component::name).toList());
    }

    /**
     * Two connections from one source cost one fmi2GetReal and one fmi2SetReal of two values; a connection from the
     * component to itself goes after them, one value at a time, so that it sees the inputs just set (y = u + 1).
     */
    @Test
    void transfersInOneReadPerSourceAndOneWritePerTarget() {
        ScriptedFmu source = new ScriptedFmu("a", true).variable("x", "output").variable("z", "output");
        source.set("x", 3);
        source.set("z", 5);
        ScriptedFmu target = new ScriptedFmu("b", true).variable("u", "input").variable("v", "input")
                .variable("w", "input").variable("y", "output").outputs(f -> f.set("y", f.get("u") + 1));
        CoupledSystem system = new CoupledSystem("pair", List.of(new Component("a", source, DirectFeedthrough.NONE),
                new Component("b", target, DirectFeedthrough.NONE)),
                List.of(link("a.x", "b.u"), link("b.y", "b.w"), link("a.z", "b.v")));
        system.transferInto(system.component("b"), 0);
        assertEquals(List.of(3.0, 5.0, 4.0), List.of(target.get("u"), target.get("v"), target.get("w")));
        assertEquals(List.of("readReal 2"), source.calls());
        assertEquals(List.of("writeReal 2", "readNumber y", "writeNumber w"), target.calls());
    }

    @Test
    void refusesAnInputFedTwice() {
        MasterException e = assertThrows(MasterException.class, () -> new CoupledSystem("twice",
                List.of(block("a", false), block("b", false)), List.of(link("a.y", "b.u"), link("b.y", "b.u"))));
        assertTrue(e.getMessage().contains("input b.u is already connected"), e.getMessage());
    }

    @Test
    void refusesAConnectionIntoAnOutputNamingBothConnectors() {
        MasterException e = assertThrows(MasterException.class, () -> new CoupledSystem("backwards",
                List.of(block("a", false), block("b", false)), List.of(link("a.y", "b.y"))));
        assertTrue(e.getMessage().contains("a.y -> b.y") && e.getMessage().contains("expected input"),
                e.getMessage());
    }

    @Test
    void refusesAnUnknownVariableNamingTheComponent() {
        MasterException e = assertThrows(MasterException.class, () -> new CoupledSystem("typo",
                List.of(block("a", false), block("b", false)), List.of(link("a.y", "b.w"))));
        assertTrue(e.getMessage().contains("component 'b'") && e.getMessage().contains("'w'"), e.getMessage());
    }
}
