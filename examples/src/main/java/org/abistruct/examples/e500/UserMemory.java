package org.abistruct.examples.e500;

/** User-space memory as the kernel sees it: bytes copied in from an address. */
public interface UserMemory {

    /**
     * Copies {@code length} bytes starting at {@code address}, as {@code copy_from_user} does.
     *
     * @throws IoctlFailure EFAULT when the range is not mapped
     */
    byte[] read(long address, int length);
}
