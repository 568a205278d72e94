/*
 * The wire protocol between the shim (child_backend.c) and a child JVM running
 * dev.drivetwin.fmuexport.runtime.ChildProcessHost. The Java twin of this header is ChildProtocol.java; the two
 * must change together (bump CHILD_PROTOCOL_VERSION).
 *
 * Transport: one AF_UNIX stream socket; the child's end is its stdin and stdout. The child's stderr is the host's.
 *
 * Frame: u32 length, then `length` bytes: u8 kind, then the payload. All numbers are big-endian (network order,
 * Java's DataInput order): u8, u32, i32 (two's complement), f64 (IEEE 754 bits as a u64). A string is u32 byte
 * count then UTF-8 bytes, or the count 0xFFFFFFFF for a NULL string. Value references are u32.
 *
 * Shim to child, kind = opcode, payload:
 *   SET_DEBUG_LOGGING  u8 on, u32 n, n strings (categories)
 *   SETUP_EXPERIMENT   u8 toleranceDefined, f64 tolerance, f64 startTime, u8 stopTimeDefined, f64 stopTime
 *   ENTER_INIT, EXIT_INIT, TERMINATE, RESET, GET_STATE, LAST_SUCCESSFUL_TIME, CLOSE: nothing
 *   DO_STEP            f64 currentCommunicationPoint, f64 communicationStepSize
 *   GET_REAL, GET_INTEGER, GET_BOOLEAN, GET_STRING: u32 n, n value references
 *   SET_REAL           u32 n, n value references, n f64
 *   SET_INTEGER, SET_BOOLEAN: u32 n, n value references, n i32 (Booleans as 0 or 1)
 *   SET_STRING         u32 n, n value references, n strings
 *   SET_STATE          u32 size, size bytes
 *
 * Child to shim, for each request any number of LOG frames, then exactly one REPLY frame:
 *   LOG     u8 status (fmi2Status), string category, string message
 *   REPLY   u8 status (fmi2Status), then, only when status is OK or Warning:
 *             GET_REAL: n f64; GET_INTEGER, GET_BOOLEAN: n i32; GET_STRING: n strings;
 *             GET_STATE: u32 size, size bytes; LAST_SUCCESSFUL_TIME: f64; others nothing.
 * When it starts, before any request, the child sends LOGs and one REPLY (the greeting): status OK with u32
 * CHILD_PROTOCOL_MAGIC and u32 CHILD_PROTOCOL_VERSION when the slave was created, else status Error or Fatal
 * after LOGs saying why, and it exits. CLOSE is answered with REPLY OK, after which the child exits.
 */
#ifndef DRIVETWIN_CHILD_PROTOCOL_H
#define DRIVETWIN_CHILD_PROTOCOL_H

#define CHILD_MAIN_CLASS "dev.drivetwin.fmuexport.runtime.ChildProcessHost"
#define CHILD_PROTOCOL_MAGIC 0x44544350u /* "DTCP" */
#define CHILD_PROTOCOL_VERSION 1u
/* Larger frames are refused as corrupt (a stray print to stdout reads as a huge length). */
#define CHILD_MAX_FRAME (1u << 30)
#define CHILD_NULL_STRING 0xFFFFFFFFu

enum child_opcode {
    OP_SET_DEBUG_LOGGING = 1,
    OP_SETUP_EXPERIMENT = 2,
    OP_ENTER_INIT = 3,
    OP_EXIT_INIT = 4,
    OP_DO_STEP = 5,
    OP_TERMINATE = 6,
    OP_RESET = 7,
    OP_GET_REAL = 8,
    OP_SET_REAL = 9,
    OP_GET_INTEGER = 10,
    OP_SET_INTEGER = 11,
    OP_GET_BOOLEAN = 12,
    OP_SET_BOOLEAN = 13,
    OP_GET_STRING = 14,
    OP_SET_STRING = 15,
    OP_GET_STATE = 16,
    OP_SET_STATE = 17,
    OP_LAST_SUCCESSFUL_TIME = 18,
    OP_CLOSE = 19
};

enum child_frame_kind { KIND_REPLY = 0x80, KIND_LOG = 0x81 };

#endif
