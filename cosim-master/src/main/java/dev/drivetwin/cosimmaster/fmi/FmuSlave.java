package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteOrder;
import java.util.List;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.jni.Fmi2LibraryWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of an {@link ImportedFmu} in this process, through FMI4j. Call order and failure behaviour as
 * {@link FmuInstance}; {@link #initialize} runs the whole initialization for callers without algebraic loops.
 * Works around two defects of FMI4j 0.38.0: Boolean writes ({@link #writeBooleans}) and fmi2Terminate on instances
 * that may not be terminated ({@link #close}).
 */
public final class FmuSlave implements FmuInstance {
    private static final Logger LOG = LoggerFactory.getLogger(FmuSlave.class);

    private final ImportedFmu fmu;
    private final CoSimulationSlave slave;
    private final long[] one = new long[1];
    private final double[] real = new double[1];
    private final int[] integer = new int[1];
    private final boolean[] bool = new boolean[1];
    private double startTime = Double.NaN;
    /** In StepComplete or StepFailed, where FMI 2.0 (section 4.2.4) allows fmi2Terminate. */
    private boolean terminable;

    FmuSlave(ImportedFmu fmu, CoSimulationSlave slave) {
        this.fmu = fmu;
        this.slave = slave;
        if (component(slave) == 0) {
            // FMI4j 0.38.0 wraps a NULL fmi2Component without a word; every later call would pass NULL.
            throw new MasterException(MasterError.FMI_CALL, fmu.file(), slave.getInstanceName(), "fmi2Instantiate", "NULL",
                    " (the FMU's log above says why)");
        }
    }

    /**
     * fmi2SetupExperiment with the FMU's default tolerance (none when it suggests none: FMI4j passes
     * toleranceDefined only for a positive tolerance), fmi2EnterInitializationMode and fmi2ExitInitializationMode.
     */
    public void initialize(double startTime, double stopTime) {
        enterInitialization(startTime, stopTime, fmu.defaultTolerance());
        exitInitialization();
    }

    @Override
    public String instanceName() {
        return slave.getInstanceName();
    }

    @Override
    public List<FmuVariable> variables() {
        return fmu.variables();
    }

    @Override
    public boolean canGetAndSetState() {
        return fmu.canGetAndSetState();
    }

    @Override
    public void enterInitialization(double startTime, double stopTime, double tolerance) {
        this.startTime = startTime;
        slave.setupExperiment(startTime, stopTime, Double.isNaN(tolerance) ? 0 : tolerance);
        check("fmi2SetupExperiment", slave.getLastStatus(), startTime);
        slave.enterInitializationMode();
        check("fmi2EnterInitializationMode", slave.getLastStatus(), startTime);
    }

    @Override
    public void exitInitialization() {
        slave.exitInitializationMode();
        check("fmi2ExitInitializationMode", slave.getLastStatus(), startTime);
        terminable = true;
    }

    /**
     * Sets a variable from text: a decimal number for Real, an integer for Integer and Enumeration,
     * {@code true}/{@code false}/{@code 1}/{@code 0} for Boolean, the text itself for String.
     *
     * @throws MasterException when the text does not fit the type or the FMU refuses the value
     */
    @Override
    public void write(FmuVariable variable, String text) {
        one[0] = variable.valueReference();
        FmiStatus status;
        try {
            status = switch (variable.kind()) {
                case REAL -> slave.writeReal(one, new double[] {Double.parseDouble(text)});
                case INTEGER, ENUMERATION -> slave.writeInteger(one, new int[] {Integer.parseInt(text.strip())});
                case BOOLEAN -> writeBooleans(one, new boolean[] {parseBoolean(text)});
                case STRING -> slave.writeString(one, new String[] {text});
            };
        } catch (NumberFormatException e) {
            throw new MasterException(e, MasterError.BAD_VALUE, fmu.file(), variable.name(), variable.kind(), text);
        }
        check("fmi2Set" + typeName(variable) + " of " + variable.name() + " = " + text, status, Double.NaN);
    }

    @Override
    public void writeReal(long[] valueReferences, double[] values) {
        check("fmi2SetReal", slave.writeReal(valueReferences, values), Double.NaN);
    }

    @Override
    public void readReal(long[] valueReferences, double[] values, double time) {
        check("fmi2GetReal", slave.readReal(valueReferences, values), time);
    }

    @Override
    public void writeNumber(FmuVariable variable, double value) {
        one[0] = variable.valueReference();
        FmiStatus status = switch (variable.kind()) {
            case REAL -> {
                real[0] = value;
                yield slave.writeReal(one, real);
            }
            case INTEGER, ENUMERATION -> {
                integer[0] = (int) Math.round(value);
                yield slave.writeInteger(one, integer);
            }
            case BOOLEAN -> {
                bool[0] = value != 0;
                yield writeBooleans(one, bool);
            }
            case STRING -> throw new MasterException(MasterError.BAD_VALUE, fmu.file(), variable.name(),
                    variable.kind(), value + " (a number cannot set a String)");
        };
        check("fmi2Set" + typeName(variable) + " of " + variable.name() + " = " + value, status, Double.NaN);
    }

    @Override
    public void doStep(double time, double stepSize) {
        slave.doStep(time, stepSize);
        FmiStatus status = slave.getLastStatus();
        if (status != FmiStatus.OK) { // formatting the message every step was most of the master's own cost per step
            check("fmi2DoStep with step " + stepSize + " s", status, time);
        }
    }

    @Override
    public double readNumber(FmuVariable variable, double time) {
        one[0] = variable.valueReference();
        return switch (variable.kind()) {
            case REAL -> {
                check("fmi2GetReal of " + variable.name(), slave.readReal(one, real), time);
                yield real[0];
            }
            case INTEGER, ENUMERATION -> {
                check("fmi2GetInteger of " + variable.name(), slave.readInteger(one, integer), time);
                yield integer[0];
            }
            case BOOLEAN -> {
                check("fmi2GetBoolean of " + variable.name(), slave.readBoolean(one, bool), time);
                yield bool[0] ? 1 : 0;
            }
            case STRING -> throw new MasterException(MasterError.BAD_VALUE, fmu.file(), variable.name(),
                    variable.kind(), "(a String is not a number)");
        };
    }

    @Override
    public long saveState(double time) {
        long state = slave.getFMUstate();
        check("fmi2GetFMUstate", slave.getLastStatus(), time);
        return state;
    }

    @Override
    public void restoreState(long state, double time) {
        slave.setFMUstate(state);
        check("fmi2SetFMUstate", slave.getLastStatus(), time);
    }

    @Override
    public void releaseState(long state) {
        slave.freeFMUstate(state);
        check("fmi2FreeFMUstate", slave.getLastStatus(), Double.NaN);
    }

    /**
     * fmi2Terminate only when the instance may be terminated, then fmi2FreeInstance; safe to repeat.
     *
     * <p>FMI4j 0.38.0 calls fmi2Terminate on close (and again from {@code Fmu.close} for any instance left open)
     * unless its wrapper has recorded a terminate already, whatever state the instance is in; an instance never
     * initialised, still in initialization or in the Error state then logs an error. FMI4j has no way to say
     * "do not terminate": its wrapper's private {@code isTerminated} flag is the only thing both places consult, so
     * it is set here. Freeing through the wrapper alone would not do, as {@code Fmu.close} would still call
     * fmi2Terminate on the freed instance (and throw). Should the flag be missing (another FMI4j version), the
     * instance is closed as before: one refused fmi2Terminate logged, nothing worse.
     */
    @Override
    public void close() {
        if (!terminable && !slave.isTerminated()) {
            markTerminated(slave);
        }
        terminable = false;
        slave.close();
        fmu.closed(this);
    }

    /**
     * fmi2SetBoolean through FMI4j 0.38.0, whose JNI passes the elements of the Java {@code boolean[]}, one byte
     * each, as the {@code fmi2Boolean[]} the FMU reads, a 4-byte int each (its native Fmi2Library.setBoolean casts
     * the one to the other): the FMU sees a value's byte plus three bytes of whatever follows it, so a false arrives
     * as true. Each value is therefore passed as four booleans laid out as one fmi2Boolean in native byte order:
     * the value in the int's low byte (first on little-endian x86-64), false in the other three. FMI4j passes
     * {@code valueReferences.length} as nvr, so the FMU reads exactly the 4 nvr bytes given. Reads need no such care:
     * fmi2GetBoolean fills a buffer of fmi2Boolean that FMI4j converts value by value.
     */
    private FmiStatus writeBooleans(long[] valueReferences, boolean[] values) {
        int lowByte = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 0 : Integer.BYTES - 1;
        boolean[] asFmi2Booleans = new boolean[values.length * Integer.BYTES];
        for (int i = 0; i < values.length; i++) {
            asFmi2Booleans[i * Integer.BYTES + lowByte] = values[i];
        }
        return slave.writeBoolean(valueReferences, asFmi2Booleans);
    }

    private void check(String call, FmiStatus status, double time) {
        if (status == FmiStatus.Error || status == FmiStatus.Fatal) {
            terminable = false; // the instance is in state Error or Fatal now
        }
        if (status == FmiStatus.OK) {
            return;
        }
        String when = Double.isNaN(time) ? "" : " at t = " + time + " s";
        if (status == FmiStatus.Warning) {
            LOG.warn("{}: {} returned fmi2Warning{}", fmu.file(), call, when);
            return;
        }
        throw new MasterException(MasterError.FMI_CALL, fmu.file(), instanceName(), call, "fmi2" + status, when);
    }

    private static boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException(text);
        };
    }

    private static String typeName(FmuVariable variable) {
        return switch (variable.kind()) {
            case REAL -> "Real";
            case INTEGER, ENUMERATION -> "Integer";
            case BOOLEAN -> "Boolean";
            case STRING -> "String";
        };
    }

    /** Makes FMI4j believe {@code slave} was terminated, so that closing it calls fmi2FreeInstance only. */
    private static void markTerminated(CoSimulationSlave slave) {
        try {
            Field terminated = Fmi2LibraryWrapper.class.getDeclaredField("isTerminated");
            terminated.setAccessible(true);
            terminated.setBoolean(slave.getWrapper(), true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot tell FMI4j to skip fmi2Terminate for '{}', so it calls it: {}", slave.getInstanceName(),
                    e.toString());
        }
    }

    /** The fmi2Component FMI4j holds, or -1 when it cannot be seen (then the NULL check is skipped). */
    private static long component(CoSimulationSlave slave) {
        try {
            Method getC = Fmi2LibraryWrapper.class.getDeclaredMethod("getC");
            getC.setAccessible(true);
            return (long) getC.invoke(slave.getWrapper());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot read FMI4j's fmi2Component, so a NULL instance goes unnoticed: {}", e.toString());
            return -1;
        }
    }
}
