package org.abistruct.processor.generate.memory;

/**
 * The names generated memory code relies on: the offset parameter and the layout record's
 * components that hold what differs between ABIs.
 */
public final class RecordNames {
    /** The parameter holding where the struct starts in the memory. */
    public static final String OFFSET = "offset";
    /** {@code sizeof} of the struct under the record's ABI. */
    public static final String SIZE = "size";
    /** Whether the record's ABI stores scalars big-endian. */
    public static final String BIG_ENDIAN = "bigEndian";
    /** The size of a pointer and of a C {@code long} under the record's ABI. */
    public static final String WORD_SIZE = "wordSize";

    private RecordNames() {}
}
