package org.abistruct;

import java.util.Map;
import org.abistruct.runtime.BufferAccess;

/**
 * What every generated layout shares: the C struct or union it binds, the ABI, and its size
 * and alignment there. The generated {@code <Record>Layout} records implement it and add the
 * struct's typed accessors.
 *
 * <p>A layout record has one constant per ABI it selects, named after the ABI
 * ({@code KvmDirtyTlbLayout.X86_64}), and {@code of(Abi)} picks one, throwing
 * {@link IllegalArgumentException} for an ABI it has no constant for. Every accessor takes the
 * memory (a {@code ByteBuffer}, or on JDK 22 and later a {@code MemorySegment}) and the
 * {@code offset} at which the struct starts in it, and reads or writes in the ABI's byte order
 * whatever the memory's order; it never moves a buffer's position. Memory that ends before
 * {@code offset + size()} throws {@link IndexOutOfBoundsException} before any byte is touched,
 * and so does an element index outside its array. A value a setter cannot write whole throws
 * {@link IllegalArgumentException}, before any byte is written: an array whose lengths are not
 * the member's, or a pointer or C {@code long} that does not fit where this ABI's have 4 bytes.
 * {@code write(memory, offset, value)} writes a whole record and zeroes the padding; where a
 * value can be refused, {@code validate(value)} makes the same checks touching no memory (array
 * lengths, values that must fit their bits or a 4-byte word, and those of embedded structs), and
 * its exception names the member that does not fit. {@code write} refuses such a value before
 * any byte is written.
 * The code is the same on every ABI: the record's components hold what differs, and the JIT
 * folds them for a constant such as {@code X86_64}. Other numbers given to the constructor bind
 * no ABI, though every access still stays inside the memory.
 *
 * <p>The components: {@code abi}, the ABI; {@code size} and {@code alignment}, the struct's
 * {@code sizeof} and {@code _Alignof} under it; {@code bigEndian}, whether its scalars are
 * stored big-endian; {@code wordSize}, the size of a pointer and of a C {@code long}: 4 or 8;
 * {@code describe}, {@link #describe()}; {@code padding}, the bytes {@code write} zeroes (the
 * holes and tail padding, or a union's bytes past its first member); {@code memoryLayout}, the
 * {@code java.lang.foreign} layout, members named as in C; and for a member {@code m},
 * {@code mOffset}, its offset, and where it is a struct, {@code mLayout}, that struct's layout
 * under the same ABI. A struct with no such member, or no pointer or {@code long}, has no such
 * component.
 */
public interface AbiLayout {
    /** The ABI of this layout. */
    Abi abi();

    /** {@code sizeof} the struct, in bytes. */
    int size();

    /** {@code _Alignof} the struct, in bytes. */
    int alignment();

    /** The C tag of the struct, such as {@code kvm_dirty_tlb}. */
    String cName();

    /**
     * The offset of each named member by its C name, in declaration order; members of an
     * anonymous member are listed by their own names, as C reaches them.
     */
    Map<String, Integer> offsets();

    /** The layout in pahole style: each member with its offset and size, holes and padding. */
    String describe();

    /**
     * The 32/64-bit compat verdict of the struct, the same text on every ABI: for each compat
     * pair whose two ABIs the struct selects (a 32-bit user-space ABI and the 64-bit kernel ABI
     * serving it), whether the layouts are identical or what differs, and how it is converted.
     */
    String compatReport();

    /**
     * Where element {@code index} of an array of this struct starting at {@code arrayOffset}
     * in a {@code ByteBuffer} begins.
     *
     * @throws IndexOutOfBoundsException if {@code index} is negative
     * @throws ArithmeticException if the offset overflows an {@code int}
     */
    default int elementOffset(int arrayOffset, int index) {
        return BufferAccess.elementOffset(arrayOffset, index, size());
    }
}
