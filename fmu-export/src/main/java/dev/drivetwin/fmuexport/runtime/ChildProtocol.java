package dev.drivetwin.fmuexport.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The wire protocol between the native shim's out-of-process backend and {@link ChildProcessHost}; its C twin is
 * {@code fmu-export/src/main/c/child_protocol.h}, and the two change together (bump {@link #VERSION}).
 *
 * <p>Frame: u32 length, then {@code length} bytes: u8 kind, then the payload. Numbers are big-endian (as
 * {@link DataInputStream} reads them): u8, u32, i32, f64 (IEEE 754 bits). A string is a u32 byte count and
 * UTF-8 bytes, or the count 0xFFFFFFFF for null. Value references are u32.
 *
 * <p>Shim to child, kind = opcode: {@link #SET_DEBUG_LOGGING} u8 on, u32 n, n strings;
 * {@link #SETUP_EXPERIMENT} u8 toleranceDefined, f64 tolerance, f64 start, u8 stopDefined, f64 stop;
 * {@link #DO_STEP} f64 t, f64 h; {@code GET_*} u32 n, n value references; {@link #SET_REAL} u32 n, n value
 * references, n f64; {@link #SET_INTEGER} and {@link #SET_BOOLEAN} the same with n i32 (Booleans 0 or 1);
 * {@link #SET_STRING} with n strings; {@link #SET_STATE} u32 size, size bytes; the others no payload.
 *
 * <p>Child to shim, per request any number of {@link #LOG} frames (u8 status, string category, string
 * message), then one {@link #REPLY} (u8 status, then only when the status is OK or Warning: n f64, n i32 or n
 * strings for the getters, u32 size and size bytes for GET_STATE, f64 for LAST_SUCCESSFUL_TIME). At start-up
 * the child sends one REPLY before any request (the greeting): OK with u32 {@link #MAGIC} and u32
 * {@link #VERSION}, or Error/Fatal after LOG frames saying why the slave could not be created.
 *
 * <p>Not thread-safe: one reader and one writer per stream.
 */
public final class ChildProtocol {
    public static final int MAGIC = 0x44544350; // "DTCP"
    public static final int VERSION = 1;
    /** Larger frames are refused as corrupt. */
    public static final int MAX_FRAME = 1 << 30;
    static final int NULL_STRING = 0xFFFFFFFF;

    public static final int SET_DEBUG_LOGGING = 1;
    public static final int SETUP_EXPERIMENT = 2;
    public static final int ENTER_INIT = 3;
    public static final int EXIT_INIT = 4;
    public static final int DO_STEP = 5;
    public static final int TERMINATE = 6;
    public static final int RESET = 7;
    public static final int GET_REAL = 8;
    public static final int SET_REAL = 9;
    public static final int GET_INTEGER = 10;
    public static final int SET_INTEGER = 11;
    public static final int GET_BOOLEAN = 12;
    public static final int SET_BOOLEAN = 13;
    public static final int GET_STRING = 14;
    public static final int SET_STRING = 15;
    public static final int GET_STATE = 16;
    public static final int SET_STATE = 17;
    public static final int LAST_SUCCESSFUL_TIME = 18;
    public static final int CLOSE = 19;

    public static final int REPLY = 0x80;
    public static final int LOG = 0x81;

    private ChildProtocol() {
    }

    /**
     * Reads one frame: its kind followed by its payload, positioned at the kind.
     *
     * @return null at a clean end of stream (before a frame's first byte)
     * @throws IOException on a truncated or oversized frame
     */
    public static ByteBuffer readFrame(DataInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int length = first << 24 | in.readUnsignedByte() << 16 | in.readUnsignedByte() << 8 | in.readUnsignedByte();
        if (length < 1 || length > MAX_FRAME) {
            throw new IOException("frame length " + Integer.toUnsignedString(length) + " is not a protocol frame");
        }
        byte[] body = new byte[length];
        in.readFully(body);
        return ByteBuffer.wrap(body);
    }

    /** Reads a string as {@link Writer#string} wrote it; null for the null marker. */
    public static String string(ByteBuffer frame) {
        int length = frame.getInt();
        if (length == NULL_STRING) {
            return null;
        }
        String text = new String(frame.array(), frame.arrayOffset() + frame.position(), length,
                StandardCharsets.UTF_8);
        frame.position(frame.position() + length);
        return text;
    }

    /** Builds one frame in a reusable buffer and sends it whole. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream data = new DataOutputStream(bytes);
        private final OutputStream out;

        public Writer(OutputStream out) {
            this.out = out;
        }

        /** Starts a frame of the given kind (an opcode, {@link #REPLY} or {@link #LOG}). */
        public Writer begin(int kind) throws IOException {
            bytes.reset();
            data.writeInt(0);
            data.writeByte(kind);
            return this;
        }

        public Writer u8(int value) throws IOException {
            data.writeByte(value);
            return this;
        }

        public Writer i32(int value) throws IOException {
            data.writeInt(value);
            return this;
        }

        public Writer f64(double value) throws IOException {
            data.writeDouble(value);
            return this;
        }

        public Writer string(String text) throws IOException {
            if (text == null) {
                data.writeInt(NULL_STRING);
            } else {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            return this;
        }

        public Writer bytes(byte[] content) throws IOException {
            data.writeInt(content.length);
            data.write(content);
            return this;
        }

        /** Fills in the length and writes the frame. */
        public void send() throws IOException {
            data.flush();
            byte[] frame = bytes.toByteArray();
            ByteBuffer.wrap(frame).putInt(0, frame.length - 4);
            out.write(frame);
            out.flush();
        }
    }
}
