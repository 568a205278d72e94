package dev.drivetwin.cosimmaster.hosting;

/**
 * The requests of the master-to-child protocol, one per {@link dev.drivetwin.cosimmaster.fmi.FmuInstance} call,
 * sent as their ordinal in one byte followed by the call's arguments (big-endian, as {@link java.io.DataOutput}
 * writes them). Every request gets one reply: {@link #OK} and the results, or {@link #FAILED}, the
 * {@link dev.drivetwin.cosimmaster.MasterError} name and the message of the exception the child caught.
 */
enum HostCall {
    ENTER_INITIALIZATION, EXIT_INITIALIZATION, WRITE, WRITE_REAL, READ_REAL, WRITE_NUMBER, READ_NUMBER, DO_STEP,
    SAVE_STATE, RESTORE_STATE, RELEASE_STATE, CLOSE;

    /** Reply status bytes. */
    static final byte OK = 0;
    static final byte FAILED = 1;

    /** Length of the random token the child sends first, so that no other local process can pose as it. */
    static final int TOKEN_LENGTH = 16;

    /** Environment variable carrying the token in hexadecimal (not the command line, which others can read). */
    static final String TOKEN_VARIABLE = "DRIVETWIN_HOST_TOKEN";

    private static final HostCall[] CALLS = values();

    static HostCall of(int code) {
        if (code < 0 || code >= CALLS.length) {
            throw new IllegalArgumentException("unknown request code " + code);
        }
        return CALLS[code];
    }
}
