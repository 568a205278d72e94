package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves values along the connections into one component, batched so that a step costs one fmi2GetReal per source
 * component and one fmi2SetReal for the target, as a hand-written loop would, instead of one call per connection;
 * the value references and buffers are made once, so a transfer allocates nothing. Connections of other types, and
 * those from the component to itself (whose output may depend on an input set in the same transfer), go one at a
 * time after the batch. Not thread-safe: one transfer at a time per target.
 */
final class InputTransfer {
    /** The Real outputs read from one source component, and where each goes in the target's batch. */
    private record SourceBatch(Component source, long[] outputs, double[] read, Connection[] connections,
            int[] slots) {
    }

    private final Component target;
    private final SourceBatch[] batches;
    private final long[] inputs;
    private final double[] values;
    private final CoupledSystem.Link[] oneByOne;

    InputTransfer(Component target, List<CoupledSystem.Link> links) {
        this.target = target;
        Map<Component, List<CoupledSystem.Link>> bySource = new LinkedHashMap<>();
        List<CoupledSystem.Link> others = new ArrayList<>();
        for (CoupledSystem.Link link : links) {
            if (batched(link)) {
                bySource.computeIfAbsent(link.source(), source -> new ArrayList<>()).add(link);
            } else {
                others.add(link);
            }
        }
        int count = bySource.values().stream().mapToInt(List::size).sum();
        inputs = new long[count];
        values = new double[count];
        batches = new SourceBatch[bySource.size()];
        int slot = 0;
        int b = 0;
        for (Map.Entry<Component, List<CoupledSystem.Link>> entry : bySource.entrySet()) {
            List<CoupledSystem.Link> group = entry.getValue();
            SourceBatch batch = new SourceBatch(entry.getKey(), new long[group.size()], new double[group.size()],
                    new Connection[group.size()], new int[group.size()]);
            for (int i = 0; i < group.size(); i++) {
                CoupledSystem.Link link = group.get(i);
                batch.outputs()[i] = link.output().valueReference();
                batch.connections()[i] = link.connection();
                batch.slots()[i] = slot;
                inputs[slot++] = link.input().valueReference();
            }
            batches[b++] = batch;
        }
        oneByOne = others.toArray(CoupledSystem.Link[]::new);
    }

    private boolean batched(CoupledSystem.Link link) {
        return link.source() != target && link.output().kind() == FmuVariable.VariableKind.REAL
                && link.input().kind() == FmuVariable.VariableKind.REAL;
    }

    /** Reads every output feeding the target, converts it, and sets the target's inputs. */
    void transfer(double time) {
        if (inputs.length > 0) {
            for (SourceBatch batch : batches) {
                batch.source().readReal(batch.outputs(), batch.read(), time);
                for (int i = 0; i < batch.read().length; i++) {
                    values[batch.slots()[i]] = batch.connections()[i].apply(batch.read()[i]);
                }
            }
            target.writeReal(inputs, values, time);
        }
        for (CoupledSystem.Link link : oneByOne) {
            link.transfer(time);
        }
    }
}
