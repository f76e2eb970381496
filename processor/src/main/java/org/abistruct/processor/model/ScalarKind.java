package org.abistruct.processor.model;

/** The C scalar types a component can declare, each with its Java carrier type and C spelling. */
public enum ScalarKind {
    INT8("byte", "int8_t", true),
    /** C's plain {@code char}: one byte, whose signedness is the ABI's; its bytes are a string's. */
    CHAR("byte", "char", true),
    UINT8("byte", "uint8_t", false),
    INT16("short", "int16_t", true),
    UINT16("short", "uint16_t", false),
    CHAR16("char", "uint16_t", false),
    INT32("int", "int32_t", true),
    UINT32("int", "uint32_t", false),
    INT64("long", "int64_t", true),
    UINT64("long", "uint64_t", false),
    FLOAT("float", "float", true),
    DOUBLE("double", "double", true),
    BOOL("boolean", "_Bool", false),
    POINTER("long", "void *", false),
    LONG("long", "long", true),
    ULONG("long", "unsigned long", false);

    private final String javaType;
    private final String cType;
    private final boolean signed;

    ScalarKind(String javaType, String cType, boolean signed) {
        this.javaType = javaType;
        this.cType = cType;
        this.signed = signed;
    }

    /** The Java primitive that carries the value: {@code int} for both INT32 and UINT32. */
    public String javaType() {
        return javaType;
    }

    /** The C spelling with freestanding types only, such as {@code uint32_t}. */
    public String cType() {
        return cType;
    }

    /** Whether a narrower in-memory value sign-extends into its Java carrier. */
    public boolean signed() {
        return signed;
    }

    /**
     * Whether a member of this kind may be stored in a byte order of its own: a fixed-size
     * integer of more than one byte, as {@code __be16} to {@code __be64} are.
     */
    public boolean fixedOrder() {
        return switch (this) {
            case INT16, UINT16, INT32, UINT32, INT64, UINT64 -> true;
            default -> false;
        };
    }

    /** Whether the size depends on the ABI (pointers and C {@code long}). */
    public boolean abiSized() {
        return this == POINTER || this == LONG || this == ULONG;
    }

    /** {@code sizeof} of a kind whose size is the same on every ABI. */
    public int fixedSize() {
        return switch (this) {
            case INT8, UINT8, CHAR, BOOL -> 1;
            case INT16, UINT16, CHAR16 -> 2;
            case INT32, UINT32, FLOAT -> 4;
            case INT64, UINT64, DOUBLE -> 8;
            case POINTER, LONG, ULONG -> throw new IllegalStateException(
                    this + " is sized by the ABI");
        };
    }
}
