package dev.drivetwin.cosimmaster.hosting;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuSlave;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The child side of {@link FmuHosting#CHILD_PROCESS}: a main class, started by {@link ChildProcessFmuInstance} with
 * the master's class path, that connects back to the master's local port, loads one FMU with {@link ImportedFmu},
 * instantiates it once and serves {@link HostCall} requests until {@link HostCall#CLOSE} or the connection ends.
 * Anything it prints (FMU log messages, a JVM crash report) goes to its stderr, which the master keeps the tail of.
 *
 * <p>Arguments: port, .fmu file, instance name, folder to unpack into (the master deletes it); the token comes in
 * {@link HostCall#TOKEN_VARIABLE}.
 */
public final class ChildFmuHost {
    private final DataInputStream in;
    private final DataOutputStream out;
    private final Path file;
    private final FmuSlave slave;
    private final List<FmuVariable> variables;

    private ChildFmuHost(DataInputStream in, DataOutputStream out, Path file, FmuSlave slave) {
        this.in = in;
        this.out = out;
        this.file = file;
        this.slave = slave;
        this.variables = slave.variables();
    }

    public static void main(String[] args) throws IOException {
        java.util.logging.Logger.getLogger("com.sun.xml.bind").setLevel(java.util.logging.Level.WARNING);
        // Without its master this process has no purpose; end it even when a call hangs inside the FMU.
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
        int port = Integer.parseInt(args[0]);
        byte[] token = HexFormat.of().parseHex(System.getenv(HostCall.TOKEN_VARIABLE));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            out.write(token);
            serve(in, out, Path.of(args[1]), args[2], Path.of(args[3]));
        }
        // FMU threads (a hosted JVM's, a native library's) must not keep this process alive.
        System.exit(0);
    }

    /** Loads and instantiates the FMU, replies with its description, then answers requests. */
    private static void serve(DataInputStream in, DataOutputStream out, Path file, String instanceName,
            Path unpackParent) throws IOException {
        try (ImportedFmu fmu = ImportedFmu.load(file, unpackParent)) {
            FmuSlave slave;
            try {
                slave = fmu.instantiate(instanceName);
            } catch (MasterException e) {
                failed(out, e);
                return;
            }
            try (slave) {
                describe(out, slave);
                new ChildFmuHost(in, out, file, slave).loop();
            }
        } catch (MasterException e) {
            failed(out, e);
        }
    }

    private static void describe(DataOutputStream out, FmuSlave slave) throws IOException {
        out.writeByte(HostCall.OK);
        out.writeBoolean(slave.canGetAndSetState());
        out.writeInt(slave.variables().size());
        for (FmuVariable v : slave.variables()) {
            out.writeUTF(v.name());
            out.writeLong(v.valueReference());
            out.writeByte(v.kind().ordinal());
            out.writeUTF(v.causality());
            out.writeUTF(v.unit() == null ? "" : v.unit());
        }
        out.flush();
    }

    private void loop() throws IOException {
        while (true) {
            HostCall call;
            try {
                call = HostCall.of(in.readUnsignedByte());
            } catch (EOFException e) {
                return; // the master closed the connection without CLOSE: it is gone, so stop
            }
            try {
                answer(call);
            } catch (MasterException e) {
                failed(out, e);
            } catch (RuntimeException e) {
                failed(out, new MasterException(e, MasterError.BAD_FMU, file, "instance '" + slave.instanceName()
                        + "': " + call + " failed in its child process: " + e));
            }
            out.flush();
            if (call == HostCall.CLOSE) {
                return;
            }
        }
    }

    /** Reads the arguments of one request, makes the call and writes the reply. */
    private void answer(HostCall call) throws IOException {
        switch (call) {
            case ENTER_INITIALIZATION -> slave.enterInitialization(in.readDouble(), in.readDouble(), in.readDouble());
            case EXIT_INITIALIZATION -> slave.exitInitialization();
            case WRITE -> slave.write(variables.get(in.readInt()), in.readUTF());
            case WRITE_REAL -> {
                long[] references = readReferences();
                double[] values = new double[references.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readDouble();
                }
                slave.writeReal(references, values);
            }
            case READ_REAL -> {
                long[] references = readReferences();
                double[] values = new double[references.length];
                slave.readReal(references, values, in.readDouble());
                out.writeByte(HostCall.OK);
                for (double value : values) {
                    out.writeDouble(value);
                }
                return;
            }
            case WRITE_NUMBER -> slave.writeNumber(variables.get(in.readInt()), in.readDouble());
            case READ_NUMBER -> {
                double value = slave.readNumber(variables.get(in.readInt()), in.readDouble());
                out.writeByte(HostCall.OK);
                out.writeDouble(value);
                return;
            }
            case DO_STEP -> slave.doStep(in.readDouble(), in.readDouble());
            case SAVE_STATE -> {
                long state = slave.saveState(in.readDouble());
                out.writeByte(HostCall.OK);
                out.writeLong(state);
                return;
            }
            case RESTORE_STATE -> slave.restoreState(in.readLong(), in.readDouble());
            case RELEASE_STATE -> slave.releaseState(in.readLong());
            case CLOSE -> slave.close();
        }
        out.writeByte(HostCall.OK);
    }

    private long[] readReferences() throws IOException {
        long[] references = new long[in.readInt()];
        for (int i = 0; i < references.length; i++) {
            references[i] = in.readLong();
        }
        return references;
    }

    /** {@link DataOutputStream#writeUTF} takes at most 65535 bytes; longer messages are cut. */
    private static void failed(DataOutputStream out, MasterException e) throws IOException {
        String message = e.getMessage();
        if (message.length() > 16_000) {
            message = message.substring(0, 16_000) + "...";
        }
        out.writeByte(HostCall.FAILED);
        out.writeUTF(e.error().name());
        out.writeUTF(message);
        out.flush();
    }
}
