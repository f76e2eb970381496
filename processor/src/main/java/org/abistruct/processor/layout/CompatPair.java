package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructDecl;

/**
 * A compat pair: a 32-bit user-space ABI served by a 64-bit kernel ABI, whose structs the
 * kernel's compat layer converts. The pairs are a table; adding one is one row. They are the
 * ones {@code CONFIG_COMPAT} serves in the kernel's {@code arch/*}{@code /Kconfig}: x86's
 * {@code IA32_EMULATION} and {@code X86_X32_ABI}, powerpc's and arm64's {@code COMPAT} (arm64
 * runs armel and armhf programs alike), sparc64's, s390's (31-bit emulation), mips'
 * {@code MIPS32_O32} and {@code MIPS32_N32}, riscv's (32-bit U-mode, 5.19 and later) and
 * parisc's. Alpha has none; little-endian mips64 is not among the ABIs.
 *
 * @param cPrefix the prefix of the C compat struct's tag, unique among the pairs of one kernel
 */
public record CompatPair(Abi user, Abi kernel, String cPrefix) {
    private static final List<CompatPair> TABLE = List.of(
            //            user       kernel       C tag prefix
            new CompatPair(Abi.I386,  Abi.X86_64,  "compat_"),
            new CompatPair(Abi.X32,   Abi.X86_64,  "compat_x32_"),
            new CompatPair(Abi.PPC32, Abi.PPC64,   "compat_"),
            new CompatPair(Abi.ARM,   Abi.AARCH64, "compat_"),
            new CompatPair(Abi.ARMHF, Abi.AARCH64, "compat_hf_"),
            new CompatPair(Abi.SPARC32, Abi.SPARC64, "compat_"),
            new CompatPair(Abi.S390,  Abi.S390X,   "compat_"),
            new CompatPair(Abi.MIPS32, Abi.MIPS64, "compat_"),
            new CompatPair(Abi.MIPS_N32, Abi.MIPS64, "compat_n32_"),
            new CompatPair(Abi.RISCV32, Abi.RISCV64, "compat_"),
            new CompatPair(Abi.HPPA,  Abi.HPPA64,  "compat_"));

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

    /** Every ABI of some pair, user or kernel. */
    public static Set<Abi> abis() {
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        for (CompatPair pair : TABLE) {
            abis.add(pair.user);
            abis.add(pair.kernel);
        }
        return abis;
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
