package dev.drivetwin.benchmarks;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import java.io.File;

/**
 * One slave reached by one {@link Route}, with the calls a co-simulation master makes each communication step:
 * set inputs, {@code doStep}, get outputs. Every call's status is checked, as a master would, and a failure
 * throws, so a benchmark never times a refused call. Value references are looked up by name once, from the
 * slave's own declaration. Not thread-safe.
 */
public abstract class SlaveUnderTest implements AutoCloseable {
    private final SlaveDeclaration declaration;

    SlaveUnderTest(Slave slave) {
        this.declaration = SlaveDeclaration.of(slave);
    }

    /**
     * @param slave   a fresh instance of the slave class (its declaration gives names and value references)
     * @param fmuFile the packaged FMU of the same class, for {@link Route#FMI4J}
     */
    public static SlaveUnderTest open(Route route, Slave slave, File fmuFile) {
        return route == Route.DIRECT ? new DirectSlave(slave) : new Fmi4jSlave(slave, fmuFile);
    }

    /** The value reference of the variable called {@code name}. */
    public final int valueReference(String name) {
        for (VariableDeclaration<?> v : declaration.variables()) {
            if (v.name().equals(name)) {
                return v.valueReference();
            }
        }
        throw new IllegalArgumentException("no variable " + name + " in " + declaration.modelName());
    }

    /** Value references of the named variables, for {@link #setReal} and {@link #getReal}. */
    public final References valueReferences(String... names) {
        int[] refs = new int[names.length];
        long[] wide = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            refs[i] = valueReference(names[i]);
            wide[i] = refs[i];
        }
        return new References(refs, wide);
    }

    /** The same value references as the runtime ({@code int}) and FMI4j ({@code long}) take them, made once. */
    public record References(int[] ints, long[] longs) {
    }

    public abstract void setInteger(String name, int value);

    public abstract void setString(String name, String value);

    /** setupExperiment (no stop time, no tolerance), enterInitializationMode, exitInitializationMode. */
    public abstract void initialize(double startTime);

    /** fmi2Reset: back to the state after instantiation, start values applied again. */
    public abstract void reset();

    public abstract void setReal(References refs, double[] values);

    public abstract void doStep(double time, double step);

    public abstract void getReal(References refs, double[] values);

    @Override
    public abstract void close();

    static IllegalStateException failed(String call, Object status) {
        return new IllegalStateException(call + " returned " + status);
    }
}
