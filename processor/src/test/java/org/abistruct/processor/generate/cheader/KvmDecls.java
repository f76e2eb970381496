package org.abistruct.processor.generate.cheader;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * The five e500 shared-TLB structs of the kernel's uapi, declared as the reader would model the
 * example records, with the ioctls whose argument they are.
 */
final class KvmDecls {
    static final IoctlDecl KVM_DIRTY_TLB = new IoctlDecl("KVM_DIRTY_TLB", 0xAE, 0xaa, Ioctl.Dir.WRITE);
    static final IoctlDecl KVM_ENABLE_CAP = new IoctlDecl("KVM_ENABLE_CAP", 0xAE, 0xa3, Ioctl.Dir.WRITE);

    private final Map<StructRef, StructDecl> byRef = new LinkedHashMap<>();
    private final Map<String, List<IoctlDecl>> ioctls = new LinkedHashMap<>();

    /** The kernel's declarations; {@code numDirty} is the type of kvm_dirty_tlb.num_dirty. */
    KvmDecls(ScalarKind numDirty) {
        add("KvmConfigTlb", "kvm_config_tlb", List.of(), m("params", u64()), m("array", u64()),
                m("mmu_type", u32()), m("array_len", u32()));
        add("KvmDirtyTlb", "kvm_dirty_tlb", List.of(KVM_DIRTY_TLB), m("bitmap", u64()),
                m("num_dirty", new Scalar(numDirty)));
        add("KvmBook3e206TlbEntry", "kvm_book3e_206_tlb_entry", List.of(), m("mas8", u32()),
                m("mas1", u32()), m("mas2", u64()), m("mas7_3", u64()));
        add("KvmBook3e206TlbParams", "kvm_book3e_206_tlb_params", List.of(),
                m("tlb_sizes", new ArrayType(u32(), 4)), m("tlb_ways", new ArrayType(u32(), 4)),
                m("reserved", new ArrayType(u32(), 8)));
        add("KvmEnableCap", "kvm_enable_cap", List.of(KVM_ENABLE_CAP), m("cap", u32()),
                m("flags", u32()), m("args", new ArrayType(u64(), 4)),
                m("pad", new ArrayType(new Scalar(ScalarKind.UINT8), 64)));
    }

    /** As mainline declares them. */
    KvmDecls() {
        this(ScalarKind.UINT32);
    }

    /** Replaces the ioctls of the struct {@code cName}. */
    KvmDecls withIoctls(String cName, IoctlDecl... replaced) {
        ioctls.put(cName, List.of(replaced));
        return this;
    }

    List<StructDecl> all() {
        return new ArrayList<>(byRef.values());
    }

    StructDecl get(String cName) {
        for (StructDecl decl : byRef.values()) {
            if (decl.cName().equals(cName)) {
                return decl;
            }
        }
        throw new IllegalArgumentException(cName);
    }

    List<IoctlDecl> ioctls(StructDecl decl) {
        return ioctls.getOrDefault(decl.cName(), List.of());
    }

    Function<StructRef, StructDecl> lookup() {
        return byRef::get;
    }

    private void add(String javaName, String cName, List<IoctlDecl> commands, Member... members) {
        StructRef ref = new StructRef("org.abistruct.examples.kvm", List.of(javaName));
        byRef.put(ref, new StructDecl(ref, cName, false, false, 0, EnumSet.allOf(Abi.class),
                List.of(members), List.of()));
        ioctls.put(cName, commands);
    }

    private static Member m(String cName, CType type) {
        return new Member(cName, cName, type, 0, false);
    }

    private static Scalar u64() {
        return new Scalar(ScalarKind.UINT64);
    }

    private static Scalar u32() {
        return new Scalar(ScalarKind.UINT32);
    }
}
