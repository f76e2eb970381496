package org.abistruct.examples.e500;

import java.util.List;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.*;

/**
 * The shapes of the structs {@code kvm_config_tlb} points to (the TLB params and the shared
 * entry array) under every ABI, read off the generated per-ABI classes' {@code SIZE} and
 * {@code OFFSET_*} constants.
 */
public final class SharedShapes {

    private static final List<String> KVM_BOOK3E_206_TLB_PARAMS =
            List.of("tlb_sizes", "tlb_ways", "reserved");
    private static final List<String> KVM_BOOK3E_206_TLB_ENTRY =
            List.of("mas8", "mas1", "mas2", "mas7_3");

    private SharedShapes() {}

    /** {@code struct kvm_book3e_206_tlb_params} under {@code abi}. */
    public static StructShape tlbParams(Abi abi) {
        switch (abi) {
            case X86_64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_X86_64.INSTANCE,
                        KvmBook3e206TlbParams_X86_64.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_X86_64.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_X86_64.OFFSET_RESERVED);
            case I386:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_I386.INSTANCE,
                        KvmBook3e206TlbParams_I386.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_I386.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_I386.OFFSET_RESERVED);
            case X32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_X32.INSTANCE,
                        KvmBook3e206TlbParams_X32.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_X32.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_X32.OFFSET_RESERVED);
            case PPC32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_PPC32.INSTANCE,
                        KvmBook3e206TlbParams_PPC32.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_PPC32.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_PPC32.OFFSET_RESERVED);
            case PPC64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_PPC64.INSTANCE,
                        KvmBook3e206TlbParams_PPC64.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_PPC64.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_PPC64.OFFSET_RESERVED);
            case PPC64LE:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_PPC64LE.INSTANCE,
                        KvmBook3e206TlbParams_PPC64LE.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_PPC64LE.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_PPC64LE.OFFSET_RESERVED);
            case ARM:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_ARM.INSTANCE,
                        KvmBook3e206TlbParams_ARM.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_ARM.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_ARM.OFFSET_RESERVED);
            case AARCH64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_AARCH64.INSTANCE,
                        KvmBook3e206TlbParams_AARCH64.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_AARCH64.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_AARCH64.OFFSET_RESERVED);
            case M68K:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_M68K.INSTANCE,
                        KvmBook3e206TlbParams_M68K.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_M68K.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_M68K.OFFSET_RESERVED);
            case S390X:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_S390X.INSTANCE,
                        KvmBook3e206TlbParams_S390X.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_S390X.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_S390X.OFFSET_RESERVED);
            case MIPS32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_MIPS32.INSTANCE,
                        KvmBook3e206TlbParams_MIPS32.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_MIPS32.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_MIPS32.OFFSET_RESERVED);
            case RISCV64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_RISCV64.INSTANCE,
                        KvmBook3e206TlbParams_RISCV64.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_RISCV64.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_RISCV64.OFFSET_RESERVED);
            case SPARC64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_SPARC64.INSTANCE,
                        KvmBook3e206TlbParams_SPARC64.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_SPARC64.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_SPARC64.OFFSET_RESERVED);
            case SH4:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_PARAMS, KvmBook3e206TlbParams_SH4.INSTANCE,
                        KvmBook3e206TlbParams_SH4.OFFSET_TLB_SIZES,
                        KvmBook3e206TlbParams_SH4.OFFSET_TLB_WAYS,
                        KvmBook3e206TlbParams_SH4.OFFSET_RESERVED);
            default:
                throw ShapeTable.unknown("kvm_book3e_206_tlb_params", abi);
        }
    }

    /** {@code struct kvm_book3e_206_tlb_entry} under {@code abi}. */
    public static StructShape tlbEntry(Abi abi) {
        switch (abi) {
            case X86_64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_X86_64.INSTANCE,
                        KvmBook3e206TlbEntry_X86_64.OFFSET_MAS8, KvmBook3e206TlbEntry_X86_64.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_X86_64.OFFSET_MAS2, KvmBook3e206TlbEntry_X86_64.OFFSET_MAS7_3);
            case I386:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_I386.INSTANCE,
                        KvmBook3e206TlbEntry_I386.OFFSET_MAS8, KvmBook3e206TlbEntry_I386.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_I386.OFFSET_MAS2, KvmBook3e206TlbEntry_I386.OFFSET_MAS7_3);
            case X32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_X32.INSTANCE,
                        KvmBook3e206TlbEntry_X32.OFFSET_MAS8, KvmBook3e206TlbEntry_X32.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_X32.OFFSET_MAS2, KvmBook3e206TlbEntry_X32.OFFSET_MAS7_3);
            case PPC32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_PPC32.INSTANCE,
                        KvmBook3e206TlbEntry_PPC32.OFFSET_MAS8, KvmBook3e206TlbEntry_PPC32.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_PPC32.OFFSET_MAS2, KvmBook3e206TlbEntry_PPC32.OFFSET_MAS7_3);
            case PPC64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_PPC64.INSTANCE,
                        KvmBook3e206TlbEntry_PPC64.OFFSET_MAS8, KvmBook3e206TlbEntry_PPC64.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_PPC64.OFFSET_MAS2, KvmBook3e206TlbEntry_PPC64.OFFSET_MAS7_3);
            case PPC64LE:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_PPC64LE.INSTANCE,
                        KvmBook3e206TlbEntry_PPC64LE.OFFSET_MAS8, KvmBook3e206TlbEntry_PPC64LE.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_PPC64LE.OFFSET_MAS2,
                        KvmBook3e206TlbEntry_PPC64LE.OFFSET_MAS7_3);
            case ARM:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_ARM.INSTANCE,
                        KvmBook3e206TlbEntry_ARM.OFFSET_MAS8, KvmBook3e206TlbEntry_ARM.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_ARM.OFFSET_MAS2, KvmBook3e206TlbEntry_ARM.OFFSET_MAS7_3);
            case AARCH64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_AARCH64.INSTANCE,
                        KvmBook3e206TlbEntry_AARCH64.OFFSET_MAS8, KvmBook3e206TlbEntry_AARCH64.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_AARCH64.OFFSET_MAS2,
                        KvmBook3e206TlbEntry_AARCH64.OFFSET_MAS7_3);
            case M68K:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_M68K.INSTANCE,
                        KvmBook3e206TlbEntry_M68K.OFFSET_MAS8, KvmBook3e206TlbEntry_M68K.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_M68K.OFFSET_MAS2, KvmBook3e206TlbEntry_M68K.OFFSET_MAS7_3);
            case S390X:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_S390X.INSTANCE,
                        KvmBook3e206TlbEntry_S390X.OFFSET_MAS8, KvmBook3e206TlbEntry_S390X.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_S390X.OFFSET_MAS2, KvmBook3e206TlbEntry_S390X.OFFSET_MAS7_3);
            case MIPS32:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_MIPS32.INSTANCE,
                        KvmBook3e206TlbEntry_MIPS32.OFFSET_MAS8, KvmBook3e206TlbEntry_MIPS32.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_MIPS32.OFFSET_MAS2, KvmBook3e206TlbEntry_MIPS32.OFFSET_MAS7_3);
            case RISCV64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_RISCV64.INSTANCE,
                        KvmBook3e206TlbEntry_RISCV64.OFFSET_MAS8, KvmBook3e206TlbEntry_RISCV64.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_RISCV64.OFFSET_MAS2,
                        KvmBook3e206TlbEntry_RISCV64.OFFSET_MAS7_3);
            case SPARC64:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_SPARC64.INSTANCE,
                        KvmBook3e206TlbEntry_SPARC64.OFFSET_MAS8, KvmBook3e206TlbEntry_SPARC64.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_SPARC64.OFFSET_MAS2,
                        KvmBook3e206TlbEntry_SPARC64.OFFSET_MAS7_3);
            case SH4:
                return ShapeTable.shape(KVM_BOOK3E_206_TLB_ENTRY, KvmBook3e206TlbEntry_SH4.INSTANCE,
                        KvmBook3e206TlbEntry_SH4.OFFSET_MAS8, KvmBook3e206TlbEntry_SH4.OFFSET_MAS1,
                        KvmBook3e206TlbEntry_SH4.OFFSET_MAS2, KvmBook3e206TlbEntry_SH4.OFFSET_MAS7_3);
            default:
                throw ShapeTable.unknown("kvm_book3e_206_tlb_entry", abi);
        }
    }
}
