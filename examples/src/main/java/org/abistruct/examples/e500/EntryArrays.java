package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;

/**
 * How the entry arrays of a {@link UserRegion} reach its memory: through the generated
 * accessors over the region's buffer, or over a segment of the same memory on JDK 22 and later.
 */
@FunctionalInterface
public interface EntryArrays {
    /** The generated {@code ByteBuffer} accessors. */
    EntryArrays BUFFERS = BufferEntryArray::new;

    /** {@code count} entries laid out as {@code layout} from {@code base} in {@code buffer}. */
    EntryArray over(ByteBuffer buffer, int base, int count, KvmBook3e206TlbEntryLayout layout);
}
