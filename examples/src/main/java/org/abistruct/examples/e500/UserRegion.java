package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;

/**
 * One region of user memory: a buffer whose byte 0 lies at a chosen base address, handed out
 * front to back. User space writes into it; the kernel side reads the same buffer, reaching it
 * through addresses as {@code copy_from_user} does.
 */
public final class UserRegion implements UserMemory {

    private final ByteBuffer buffer;
    private final long base;
    private final EntryArrays arrays;
    private int next;

    /**
     * @param base the address of the region's first byte
     * @param capacity the region's bytes
     */
    public UserRegion(long base, int capacity) {
        this(base, capacity, EntryArrays.BUFFERS);
    }

    /**
     * @param base the address of the region's first byte
     * @param capacity the region's bytes
     * @param arrays how entry arrays in it are accessed
     */
    public UserRegion(long base, int capacity, EntryArrays arrays) {
        if (base < 0 || capacity < 0 || base + capacity < base) {
            throw new IllegalArgumentException("region of " + capacity + " bytes at " + base);
        }
        this.buffer = ByteBuffer.allocate(capacity);
        this.base = base;
        this.arrays = Objects.requireNonNull(arrays, "arrays");
    }

    /** {@code count} entries laid out as {@code layout} from buffer offset {@code offset}. */
    public EntryArray entries(int offset, int count, KvmBook3e206TlbEntryLayout layout) {
        return arrays.over(buffer, offset, count, layout);
    }

    /** The memory itself, shared by every view of the region. */
    public ByteBuffer buffer() {
        return buffer;
    }

    public long base() {
        return base;
    }

    /** The address one past the region's last byte. */
    public long end() {
        return base + buffer.capacity();
    }

    /** Reserves {@code size} bytes aligned to {@code alignment} and returns their address. */
    public long allocate(int size, int alignment) {
        if (size < 0 || alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("size " + size + ", alignment " + alignment);
        }
        long address = (base + next + alignment - 1) & -(long) alignment;
        long end = address + size;
        if (end > end()) {
            throw new IllegalStateException("the region has no room for " + size + " more bytes");
        }
        next = (int) (end - base);
        return address;
    }

    /**
     * The buffer offset of {@code length} bytes at {@code address}.
     *
     * @throws IoctlFailure EFAULT when any of them lies outside the region
     */
    public int offsetOf(long address, long length) {
        if (length < 0 || address < base || address > end() || length > end() - address) {
            throw new IoctlFailure(IoctlFailure.Errno.EFAULT, length + " bytes at 0x"
                    + Long.toHexString(address) + " are not inside user memory 0x"
                    + Long.toHexString(base) + "-0x" + Long.toHexString(end()));
        }
        return (int) (address - base);
    }

    @Override
    public byte[] read(long address, int length) {
        byte[] bytes = new byte[length];
        buffer.get(offsetOf(address, length), bytes);
        return bytes;
    }

    /** Copies {@code bytes} to {@code address}, as user space stores them. */
    public void write(long address, byte[] bytes) {
        buffer.put(offsetOf(address, bytes.length), bytes);
    }
}
