package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructDecl;

/**
 * A compat pair: a 32-bit user-space ABI served by a 64-bit kernel ABI, whose structs the
 * kernel's compat layer converts. The pairs are a table; adding one is one row.
 *
 * @param cPrefix the prefix of the C compat struct's tag, unique among the pairs of one kernel
 */
public record CompatPair(Abi user, Abi kernel, String cPrefix) {
    private static final List<CompatPair> TABLE = List.of(
            //            user       kernel       C tag prefix
            new CompatPair(Abi.I386,  Abi.X86_64,  "compat_"),
            new CompatPair(Abi.X32,   Abi.X86_64,  "compat_x32_"),
            new CompatPair(Abi.PPC32, Abi.PPC64,   "compat_"),
            new CompatPair(Abi.ARM,   Abi.AARCH64, "compat_"));

    public CompatPair {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kernel, "kernel");
        if (user == kernel || !cPrefix.matches("[a-z0-9_]+_")) {
            throw new IllegalArgumentException("compat pair " + user + " -> " + kernel);
        }
    }

    /** Every pair, in table order. */
    public static List<CompatPair> all() {
        return TABLE;
    }

    /** The pairs both of whose ABIs are in {@code abis}, in table order. */
    public static List<CompatPair> within(Set<Abi> abis) {
        List<CompatPair> out = new ArrayList<>();
        for (CompatPair pair : TABLE) {
            if (abis.contains(pair.user) && abis.contains(pair.kernel)) {
                out.add(pair);
            }
        }
        return out;
    }

    /** The C type of {@code decl}'s compat struct in this pair: {@code struct compat_kvm_x}. */
    public String cType(StructDecl decl) {
        return decl.keyword() + " " + cPrefix + decl.cName();
    }

    /** {@code I386 -> X86_64}. */
    @Override
    public String toString() {
        return user + " -> " + kernel;
    }
}
