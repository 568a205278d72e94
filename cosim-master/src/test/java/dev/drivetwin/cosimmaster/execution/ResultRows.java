package dev.drivetwin.cosimmaster.execution;

import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps every reported row in memory, for tests. */
public final class ResultRows implements StepObserver {
    private List<String> columns = List.of();
    private final List<Double> times = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private boolean finished;
    private String failure;

    /**
     * Runs {@code system} with {@code algorithm} from start to stop as fast as it goes, and keeps the rows.
     *
     * @param variables the recorded columns, as {@code component.variable}
     */
    public static ResultRows recordRun(CoupledSystem system, MasterAlgorithm algorithm, double startTime,
            double stopTime, String... variables) {
        List<RecordedVariable> recorded = Arrays.stream(variables).map(ConnectionSource::parse).map(name -> {
            Component component = system.component(name.component());
            return new RecordedVariable(component, component.variable(name.variable()));
        }).toList();
        ResultRows rows = new ResultRows();
        new SystemRun(system, algorithm, startTime, stopTime, recorded, List.of(rows), RealTimePacer.unpaced()).run();
        return rows;
    }

    @Override
    public void started(List<FmuVariable> recorded) {
        columns = recorded.stream().map(FmuVariable::name).toList();
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        times.add(time);
        rows.add(values.clone());
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        if (finished) {
            throw new IllegalStateException("failed after finished");
        }
        failure = instanceName + " at " + time;
    }

    @Override
    public void finished() {
        finished = true;
    }

    /** "instance at time" as told by {@link #failed}, or null when the run did not fail. */
    public String failure() {
        return failure;
    }

    public boolean isFinished() {
        return finished;
    }

    public int size() {
        return rows.size();
    }

    public double time(int row) {
        return times.get(row);
    }

    public double value(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row)[index];
    }
}
