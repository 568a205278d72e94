package dev.drivetwin.cosimmaster.hosting;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FMU instance running in a child JVM ({@link ChildFmuHost}), started from this JVM's class path and called
 * over a loopback socket: one request and one reply per call, with every read of a reply bounded by the call
 * timeout. When the child dies (the FMU halts its JVM or crashes natively) or does not answer in time (it is then
 * destroyed), the call throws a {@link MasterException} naming the FMU, the instance, the call, the simulated time
 * and the child's last output, and the instance is dead: later calls throw at once and {@link #close} only
 * cleans up. Errors the FMU reports itself arrive as the child's {@link MasterException}, with the same message
 * an in-process {@code FmuSlave} would give. Not thread-safe, like every {@link FmuInstance}.
 */
public final class ChildProcessFmuInstance implements FmuInstance {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcessFmuInstance.class);
    /** JVM start, unpacking and loading the FMU; longer than one call may take. */
    private static final Duration MINIMUM_START_TIMEOUT = Duration.ofSeconds(60);
    private static final long OUTPUT_WAIT_MILLIS = 2000;

    private final Path file;
    private final String instanceName;
    private final Path unpackParent;
    private final Process process;
    private final ChildOutput output;
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final int callTimeoutMillis;
    private List<FmuVariable> variables;
    private Map<FmuVariable, Integer> indices;
    private boolean canGetAndSetState;
    private double lastTime = Double.NaN;
    private boolean dead;

    private ChildProcessFmuInstance(Path file, String instanceName, Path unpackParent, Process process,
            ChildOutput output, Socket socket, Duration callTimeout) throws IOException {
        this.file = file;
        this.instanceName = instanceName;
        this.unpackParent = unpackParent;
        this.process = process;
        this.output = output;
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        this.callTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, callTimeout.toMillis());
    }

    /**
     * Starts a child JVM that loads {@code file} and instantiates it as {@code instanceName}.
     *
     * @param callTimeout how long any one call may take before the child is taken as hung and destroyed
     * @throws MasterException naming the file when the child cannot be started, the FMU cannot be loaded or
     *     instantiated there, or the child does not connect back in time
     */
    public static ChildProcessFmuInstance start(Path file, String instanceName, Duration callTimeout) {
        if (!(callTimeout.toMillis() > 0)) {
            throw new IllegalArgumentException("call timeout must be positive, was " + callTimeout);
        }
        byte[] token = new byte[HostCall.TOKEN_LENGTH];
        new SecureRandom().nextBytes(token);
        Path unpackParent = null;
        Process process = null;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unpackParent = Files.createTempDirectory("drivetwin-child-");
            ProcessBuilder builder = new ProcessBuilder(command(server.getLocalPort(), file, instanceName,
                    unpackParent)).redirectErrorStream(true);
            builder.environment().put(HostCall.TOKEN_VARIABLE, HexFormat.of().formatHex(token));
            process = builder.start();
            ChildOutput output = new ChildOutput(process.getInputStream(), instanceName);
            Duration startTimeout = callTimeout.compareTo(MINIMUM_START_TIMEOUT) > 0 ? callTimeout
                    : MINIMUM_START_TIMEOUT;
            Socket socket = accept(server, process, token, startTimeout, file, instanceName, output);
            ChildProcessFmuInstance instance = new ChildProcessFmuInstance(file, instanceName, unpackParent, process,
                    output, socket, callTimeout);
            instance.readDescription(startTimeout);
            LOG.debug("{}: instance '{}' runs in child process {}", file, instanceName, process.pid());
            return instance;
        } catch (IOException | RuntimeException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteAfterExit(process, unpackParent);
            throw e instanceof MasterException master ? master
                    : new MasterException(e, MasterError.CHILD_START, file, instanceName, e.getMessage(), "");
        }
    }

    /** The same java and class path as this JVM, so the child has exactly the master's FMI layer. */
    private static List<String> command(int port, Path file, String instanceName, Path unpackParent) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A JVM crash report goes to the temporary folder, not into the user's working folder.
        String errorFile = Path.of(System.getProperty("java.io.tmpdir"), "drivetwin-child-hs_err_pid%p.log").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-XX:+UseSerialGC", "-Xss2m", "-XX:ErrorFile=" + errorFile, ChildFmuHost.class.getName(),
                Integer.toString(port), file.toAbsolutePath().toString(), instanceName, unpackParent.toString());
    }

    /** Waits for the child's connection, polling so that a child that dies first is noticed at once. */
    private static Socket accept(ServerSocket server, Process process, byte[] token, Duration timeout, Path file,
            String instanceName, ChildOutput output) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        server.setSoTimeout(200);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new MasterException(MasterError.CHILD_START, file, instanceName, "it ended with exit code "
                        + process.exitValue() + " before connecting",
                        ChildOutput.asSuffix(output.tail(OUTPUT_WAIT_MILLIS)));
            }
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
                byte[] received = socket.getInputStream().readNBytes(token.length);
                if (Arrays.equals(received, token)) {
                    return socket;
                }
                LOG.warn("{}: refused a local connection that did not carry the child's token", file);
                socket.close();
            } catch (SocketTimeoutException e) {
                // poll again
            }
        }
        process.destroyForcibly();
        throw new MasterException(MasterError.CHILD_START, file, instanceName, "it did not connect within "
                + timeout.toSeconds() + " s", ChildOutput.asSuffix(output.tail(OUTPUT_WAIT_MILLIS)));
    }

    private void readDescription(Duration timeout) {
        try {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            reply("loading and fmi2Instantiate", Double.NaN);
            canGetAndSetState = in.readBoolean();
            int count = in.readInt();
            List<FmuVariable> list = new ArrayList<>(count);
            Map<FmuVariable, Integer> map = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                long reference = in.readLong();
                FmuVariable.VariableKind kind = FmuVariable.VariableKind.values()[in.readByte()];
                String causality = in.readUTF();
                String unit = in.readUTF();
                FmuVariable variable = new FmuVariable(name, reference, kind, causality, unit.isEmpty() ? null : unit);
                list.add(variable);
                map.put(variable, i);
            }
            variables = List.copyOf(list);
            indices = map;
            socket.setSoTimeout(callTimeoutMillis);
        } catch (SocketTimeoutException e) {
            // not lost(), whose message gives the call timeout rather than the longer one for loading
            destroy();
            throw new MasterException(e, MasterError.CHILD_START, file, instanceName, "it did not load the FMU"
                    + " within " + timeout.toSeconds() + " s", ChildOutput.asSuffix(output.tail(OUTPUT_WAIT_MILLIS)));
        } catch (IOException e) {
            throw lost("loading and fmi2Instantiate", Double.NaN, e);
        } catch (MasterException e) {
            destroy();
            throw e;
        }
    }

    @Override
    public String instanceName() {
        return instanceName;
    }

    @Override
    public List<FmuVariable> variables() {
        return variables;
    }

    @Override
    public boolean canGetAndSetState() {
        return canGetAndSetState;
    }

    @Override
    public void enterInitialization(double startTime, double stopTime, double tolerance) {
        call(HostCall.ENTER_INITIALIZATION, "fmi2SetupExperiment and fmi2EnterInitializationMode", startTime, () -> {
            out.writeDouble(startTime);
            out.writeDouble(stopTime);
            out.writeDouble(tolerance);
        });
        lastTime = startTime;
    }

    @Override
    public void exitInitialization() {
        call(HostCall.EXIT_INITIALIZATION, "fmi2ExitInitializationMode", lastTime, NO_ARGUMENTS);
    }

    @Override
    public void write(FmuVariable variable, String text) {
        int index = index(variable); // before the request starts: an unknown variable must not leave half a request
        call(HostCall.WRITE, "setting " + variable.name() + " = " + text, Double.NaN, () -> {
            out.writeInt(index);
            out.writeUTF(text);
        });
    }

    @Override
    public void writeReal(long[] valueReferences, double[] values) {
        call(HostCall.WRITE_REAL, "fmi2SetReal", Double.NaN, () -> {
            writeReferences(valueReferences);
            for (double value : values) {
                out.writeDouble(value);
            }
        });
    }

    @Override
    public void readReal(long[] valueReferences, double[] values, double time) {
        try {
            request(HostCall.READ_REAL);
            writeReferences(valueReferences);
            out.writeDouble(time);
            reply("fmi2GetReal", time);
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readDouble();
            }
        } catch (IOException e) {
            throw lost("fmi2GetReal", time, e);
        }
    }

    @Override
    public void writeNumber(FmuVariable variable, double value) {
        int index = index(variable); // before the request starts, as in write
        call(HostCall.WRITE_NUMBER, "setting " + variable.name() + " = " + value, Double.NaN, () -> {
            out.writeInt(index);
            out.writeDouble(value);
        });
    }

    @Override
    public double readNumber(FmuVariable variable, double time) {
        String call = "getting " + variable.name();
        int index = index(variable); // before the request starts, as in write
        try {
            request(HostCall.READ_NUMBER);
            out.writeInt(index);
            out.writeDouble(time);
            reply(call, time);
            return in.readDouble();
        } catch (IOException e) {
            throw lost(call, time, e);
        }
    }

    @Override
    public void doStep(double time, double stepSize) {
        call(HostCall.DO_STEP, "fmi2DoStep with step " + stepSize + " s", time, () -> {
            out.writeDouble(time);
            out.writeDouble(stepSize);
        });
        lastTime = time + stepSize;
    }

    @Override
    public long saveState(double time) {
        try {
            request(HostCall.SAVE_STATE);
            out.writeDouble(time);
            reply("fmi2GetFMUstate", time);
            return in.readLong();
        } catch (IOException e) {
            throw lost("fmi2GetFMUstate", time, e);
        }
    }

    @Override
    public void restoreState(long state, double time) {
        call(HostCall.RESTORE_STATE, "fmi2SetFMUstate", time, () -> {
            out.writeLong(state);
            out.writeDouble(time);
        });
        lastTime = time;
    }

    @Override
    public void releaseState(long state) {
        call(HostCall.RELEASE_STATE, "fmi2FreeFMUstate", Double.NaN, () -> out.writeLong(state));
    }

    /**
     * Asks the child to terminate and free the instance and to exit; a child that is dead, fails or does not
     * answer in time is destroyed. Safe to repeat.
     */
    @Override
    public void close() {
        if (dead) {
            return;
        }
        try {
            call(HostCall.CLOSE, "fmi2Terminate and fmi2FreeInstance", Double.NaN, NO_ARGUMENTS);
            if (!process.waitFor(callTimeoutMillis, TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: instance '{}': child process did not exit after closing; destroying it", file,
                        instanceName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            destroy();
        }
    }

    /** The folder the child unpacks the FMU into, deleted when the child has ended; for tests. */
    Path unpackFolder() {
        return unpackParent;
    }

    /** The child's process id, for tests and diagnosis. */
    public long pid() {
        return process.pid();
    }

    /** Writes a request's arguments to the child, after its {@link HostCall} byte. */
    @FunctionalInterface
    private interface Arguments {
        void write() throws IOException;
    }

    private static final Arguments NO_ARGUMENTS = () -> { };

    /**
     * One call that returns no result: the request, its arguments and the reply, with a lost child reported as
     * {@link #lost}. The calls that return results read them after {@link #reply} themselves.
     *
     * @param call what the FMU is asked to do, for messages
     * @param time the simulated time of the call for messages, NaN when it has none
     */
    private void call(HostCall request, String call, double time, Arguments arguments) {
        try {
            request(request);
            arguments.write();
            reply(call, time);
        } catch (IOException e) {
            throw lost(call, time, e);
        }
    }

    private void request(HostCall call) throws IOException {
        if (dead) {
            throw new MasterException(MasterError.CHILD_GONE, file, instanceName, call.name(), when(Double.NaN));
        }
        out.writeByte(call.ordinal());
    }

    /** Sends the request and reads the reply status, rethrowing the child's exception when it failed. */
    private void reply(String call, double time) throws IOException {
        out.flush();
        byte status = in.readByte();
        if (status == HostCall.FAILED) {
            MasterError error = MasterError.valueOf(in.readUTF());
            throw new MasterException(in.readUTF(), error);
        }
        if (status != HostCall.OK) {
            throw new IOException("unexpected reply status " + status + " to " + call + at(time));
        }
    }

    private void writeReferences(long[] valueReferences) throws IOException {
        out.writeInt(valueReferences.length);
        for (long reference : valueReferences) {
            out.writeLong(reference);
        }
    }

    private int index(FmuVariable variable) {
        Integer index = indices.get(variable);
        if (index == null) {
            throw new MasterException(MasterError.UNKNOWN_VARIABLE, file, variable.name(),
                    variables.stream().map(FmuVariable::name).toList());
        }
        return index;
    }

    /** The child is gone or hung: destroy it and describe what happened, with its last output. */
    private MasterException lost(String call, double time, IOException e) {
        if (e instanceof SocketTimeoutException) {
            destroy();
            return new MasterException(e, MasterError.CHILD_HUNG, file, instanceName, call, when(time),
                    Double.toString(callTimeoutMillis / 1000.0), ChildOutput.asSuffix(output.tail(OUTPUT_WAIT_MILLIS)));
        }
        String exit = exitDescription(); // before destroying, which would replace the exit code with SIGKILL's
        destroy();
        return new MasterException(e, MasterError.CHILD_CRASHED, file, instanceName, call, when(time), exit,
                ChildOutput.asSuffix(output.tail(OUTPUT_WAIT_MILLIS)));
    }

    private String exitDescription() {
        try {
            if (!process.waitFor(OUTPUT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return "connection lost";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "connection lost";
        }
        int code = process.exitValue();
        // Java reports a child killed by signal n as exit code 128 + n.
        return code > 128 ? "killed by signal " + (code - 128) + (code == 139 ? ", a segmentation fault" : "")
                : "exit code " + code;
    }

    /** The call's time, or the last simulated time when the call has none. */
    private String when(double time) {
        if (!Double.isNaN(time)) {
            return at(time);
        }
        return Double.isNaN(lastTime) ? "" : " after t = " + lastTime + " s";
    }

    private static String at(double time) {
        return Double.isNaN(time) ? "" : " at t = " + time + " s";
    }

    private void destroy() {
        dead = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the socket of {}: {}", instanceName, e.toString());
        }
        process.destroyForcibly();
        deleteAfterExit(process, unpackParent);
    }

    /** Deletes the child's unpack folder once the child has ended (it may still hold files open until then). */
    private static void deleteAfterExit(Process process, Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            if (process != null && !process.waitFor(OUTPUT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("child process {} has not ended; leaving {} behind", process.pid(), folder);
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the child's folder {}: {}", folder, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
