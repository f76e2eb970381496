package org.abistruct.runtime;

import java.nio.ByteOrder;
import java.util.StringJoiner;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;

/**
 * The search of a layout record's {@code of(Abi)}, and what its constants take from an ABI.
 * Public for that code, not as an API.
 */
public final class Layouts {
    private Layouts() {}

    /** Whether {@code abi} stores its scalars big-endian. */
    public static boolean bigEndian(Abi abi) {
        return abi.byteOrder() == ByteOrder.BIG_ENDIAN;
    }

    /**
     * The layout of {@code abi} among {@code layouts}, those of the C type {@code tag}.
     *
     * @throws IllegalArgumentException if none is {@code abi}'s, naming the ABIs there are
     */
    public static <T extends AbiLayout> T of(T[] layouts, Abi abi, String tag) {
        for (T layout : layouts) {
            if (layout.abi() == abi) {
                return layout;
            }
        }
        StringJoiner abis = new StringJoiner(", ");
        for (T layout : layouts) {
            abis.add(layout.abi().name());
        }
        throw new IllegalArgumentException(tag + " is not laid out for " + abi
                + "; its ABIs are " + abis);
    }
}
