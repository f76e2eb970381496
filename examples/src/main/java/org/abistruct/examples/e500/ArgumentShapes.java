package org.abistruct.examples.e500;

import java.util.List;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.*;

/**
 * The shapes of the structs the KVM_CAP_SW_TLB ioctls pass by address ({@code kvm_enable_cap},
 * {@code kvm_config_tlb}, {@code kvm_dirty_tlb}) under every ABI, read off the generated
 * per-ABI classes' {@code SIZE} and {@code OFFSET_*} constants.
 */
public final class ArgumentShapes {

    private static final List<String> KVM_ENABLE_CAP =
            List.of("cap", "flags", "args", "pad");
    private static final List<String> KVM_CONFIG_TLB =
            List.of("params", "array", "mmu_type", "array_len");
    private static final List<String> KVM_DIRTY_TLB =
            List.of("bitmap", "num_dirty");

    private ArgumentShapes() {}

    /** {@code struct kvm_enable_cap} under {@code abi}. */
    public static StructShape enableCap(Abi abi) {
        switch (abi) {
            case X86_64:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_X86_64.INSTANCE,
                        KvmEnableCap_X86_64.OFFSET_CAP, KvmEnableCap_X86_64.OFFSET_FLAGS,
                        KvmEnableCap_X86_64.OFFSET_ARGS, KvmEnableCap_X86_64.OFFSET_PAD);
            case I386:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_I386.INSTANCE,
                        KvmEnableCap_I386.OFFSET_CAP, KvmEnableCap_I386.OFFSET_FLAGS,
                        KvmEnableCap_I386.OFFSET_ARGS, KvmEnableCap_I386.OFFSET_PAD);
            case X32:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_X32.INSTANCE,
                        KvmEnableCap_X32.OFFSET_CAP, KvmEnableCap_X32.OFFSET_FLAGS,
                        KvmEnableCap_X32.OFFSET_ARGS, KvmEnableCap_X32.OFFSET_PAD);
            case PPC32:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_PPC32.INSTANCE,
                        KvmEnableCap_PPC32.OFFSET_CAP, KvmEnableCap_PPC32.OFFSET_FLAGS,
                        KvmEnableCap_PPC32.OFFSET_ARGS, KvmEnableCap_PPC32.OFFSET_PAD);
            case PPC64:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_PPC64.INSTANCE,
                        KvmEnableCap_PPC64.OFFSET_CAP, KvmEnableCap_PPC64.OFFSET_FLAGS,
                        KvmEnableCap_PPC64.OFFSET_ARGS, KvmEnableCap_PPC64.OFFSET_PAD);
            case PPC64LE:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_PPC64LE.INSTANCE,
                        KvmEnableCap_PPC64LE.OFFSET_CAP, KvmEnableCap_PPC64LE.OFFSET_FLAGS,
                        KvmEnableCap_PPC64LE.OFFSET_ARGS, KvmEnableCap_PPC64LE.OFFSET_PAD);
            case ARM:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_ARM.INSTANCE,
                        KvmEnableCap_ARM.OFFSET_CAP, KvmEnableCap_ARM.OFFSET_FLAGS,
                        KvmEnableCap_ARM.OFFSET_ARGS, KvmEnableCap_ARM.OFFSET_PAD);
            case AARCH64:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_AARCH64.INSTANCE,
                        KvmEnableCap_AARCH64.OFFSET_CAP, KvmEnableCap_AARCH64.OFFSET_FLAGS,
                        KvmEnableCap_AARCH64.OFFSET_ARGS, KvmEnableCap_AARCH64.OFFSET_PAD);
            case M68K:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_M68K.INSTANCE,
                        KvmEnableCap_M68K.OFFSET_CAP, KvmEnableCap_M68K.OFFSET_FLAGS,
                        KvmEnableCap_M68K.OFFSET_ARGS, KvmEnableCap_M68K.OFFSET_PAD);
            case S390X:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_S390X.INSTANCE,
                        KvmEnableCap_S390X.OFFSET_CAP, KvmEnableCap_S390X.OFFSET_FLAGS,
                        KvmEnableCap_S390X.OFFSET_ARGS, KvmEnableCap_S390X.OFFSET_PAD);
            case MIPS32:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_MIPS32.INSTANCE,
                        KvmEnableCap_MIPS32.OFFSET_CAP, KvmEnableCap_MIPS32.OFFSET_FLAGS,
                        KvmEnableCap_MIPS32.OFFSET_ARGS, KvmEnableCap_MIPS32.OFFSET_PAD);
            case RISCV64:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_RISCV64.INSTANCE,
                        KvmEnableCap_RISCV64.OFFSET_CAP, KvmEnableCap_RISCV64.OFFSET_FLAGS,
                        KvmEnableCap_RISCV64.OFFSET_ARGS, KvmEnableCap_RISCV64.OFFSET_PAD);
            case SPARC64:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_SPARC64.INSTANCE,
                        KvmEnableCap_SPARC64.OFFSET_CAP, KvmEnableCap_SPARC64.OFFSET_FLAGS,
                        KvmEnableCap_SPARC64.OFFSET_ARGS, KvmEnableCap_SPARC64.OFFSET_PAD);
            case SH4:
                return ShapeTable.shape(KVM_ENABLE_CAP, KvmEnableCap_SH4.INSTANCE,
                        KvmEnableCap_SH4.OFFSET_CAP, KvmEnableCap_SH4.OFFSET_FLAGS,
                        KvmEnableCap_SH4.OFFSET_ARGS, KvmEnableCap_SH4.OFFSET_PAD);
            default:
                throw ShapeTable.unknown("kvm_enable_cap", abi);
        }
    }

    /** {@code struct kvm_config_tlb} under {@code abi}. */
    public static StructShape configTlb(Abi abi) {
        switch (abi) {
            case X86_64:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_X86_64.INSTANCE,
                        KvmConfigTlb_X86_64.OFFSET_PARAMS, KvmConfigTlb_X86_64.OFFSET_ARRAY,
                        KvmConfigTlb_X86_64.OFFSET_MMU_TYPE, KvmConfigTlb_X86_64.OFFSET_ARRAY_LEN);
            case I386:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_I386.INSTANCE,
                        KvmConfigTlb_I386.OFFSET_PARAMS, KvmConfigTlb_I386.OFFSET_ARRAY,
                        KvmConfigTlb_I386.OFFSET_MMU_TYPE, KvmConfigTlb_I386.OFFSET_ARRAY_LEN);
            case X32:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_X32.INSTANCE,
                        KvmConfigTlb_X32.OFFSET_PARAMS, KvmConfigTlb_X32.OFFSET_ARRAY,
                        KvmConfigTlb_X32.OFFSET_MMU_TYPE, KvmConfigTlb_X32.OFFSET_ARRAY_LEN);
            case PPC32:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_PPC32.INSTANCE,
                        KvmConfigTlb_PPC32.OFFSET_PARAMS, KvmConfigTlb_PPC32.OFFSET_ARRAY,
                        KvmConfigTlb_PPC32.OFFSET_MMU_TYPE, KvmConfigTlb_PPC32.OFFSET_ARRAY_LEN);
            case PPC64:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_PPC64.INSTANCE,
                        KvmConfigTlb_PPC64.OFFSET_PARAMS, KvmConfigTlb_PPC64.OFFSET_ARRAY,
                        KvmConfigTlb_PPC64.OFFSET_MMU_TYPE, KvmConfigTlb_PPC64.OFFSET_ARRAY_LEN);
            case PPC64LE:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_PPC64LE.INSTANCE,
                        KvmConfigTlb_PPC64LE.OFFSET_PARAMS, KvmConfigTlb_PPC64LE.OFFSET_ARRAY,
                        KvmConfigTlb_PPC64LE.OFFSET_MMU_TYPE, KvmConfigTlb_PPC64LE.OFFSET_ARRAY_LEN);
            case ARM:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_ARM.INSTANCE,
                        KvmConfigTlb_ARM.OFFSET_PARAMS, KvmConfigTlb_ARM.OFFSET_ARRAY,
                        KvmConfigTlb_ARM.OFFSET_MMU_TYPE, KvmConfigTlb_ARM.OFFSET_ARRAY_LEN);
            case AARCH64:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_AARCH64.INSTANCE,
                        KvmConfigTlb_AARCH64.OFFSET_PARAMS, KvmConfigTlb_AARCH64.OFFSET_ARRAY,
                        KvmConfigTlb_AARCH64.OFFSET_MMU_TYPE, KvmConfigTlb_AARCH64.OFFSET_ARRAY_LEN);
            case M68K:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_M68K.INSTANCE,
                        KvmConfigTlb_M68K.OFFSET_PARAMS, KvmConfigTlb_M68K.OFFSET_ARRAY,
                        KvmConfigTlb_M68K.OFFSET_MMU_TYPE, KvmConfigTlb_M68K.OFFSET_ARRAY_LEN);
            case S390X:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_S390X.INSTANCE,
                        KvmConfigTlb_S390X.OFFSET_PARAMS, KvmConfigTlb_S390X.OFFSET_ARRAY,
                        KvmConfigTlb_S390X.OFFSET_MMU_TYPE, KvmConfigTlb_S390X.OFFSET_ARRAY_LEN);
            case MIPS32:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_MIPS32.INSTANCE,
                        KvmConfigTlb_MIPS32.OFFSET_PARAMS, KvmConfigTlb_MIPS32.OFFSET_ARRAY,
                        KvmConfigTlb_MIPS32.OFFSET_MMU_TYPE, KvmConfigTlb_MIPS32.OFFSET_ARRAY_LEN);
            case RISCV64:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_RISCV64.INSTANCE,
                        KvmConfigTlb_RISCV64.OFFSET_PARAMS, KvmConfigTlb_RISCV64.OFFSET_ARRAY,
                        KvmConfigTlb_RISCV64.OFFSET_MMU_TYPE, KvmConfigTlb_RISCV64.OFFSET_ARRAY_LEN);
            case SPARC64:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_SPARC64.INSTANCE,
                        KvmConfigTlb_SPARC64.OFFSET_PARAMS, KvmConfigTlb_SPARC64.OFFSET_ARRAY,
                        KvmConfigTlb_SPARC64.OFFSET_MMU_TYPE, KvmConfigTlb_SPARC64.OFFSET_ARRAY_LEN);
            case SH4:
                return ShapeTable.shape(KVM_CONFIG_TLB, KvmConfigTlb_SH4.INSTANCE,
                        KvmConfigTlb_SH4.OFFSET_PARAMS, KvmConfigTlb_SH4.OFFSET_ARRAY,
                        KvmConfigTlb_SH4.OFFSET_MMU_TYPE, KvmConfigTlb_SH4.OFFSET_ARRAY_LEN);
            default:
                throw ShapeTable.unknown("kvm_config_tlb", abi);
        }
    }

    /** {@code struct kvm_dirty_tlb} under {@code abi}. */
    public static StructShape dirtyTlb(Abi abi) {
        switch (abi) {
            case X86_64:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_X86_64.INSTANCE,
                        KvmDirtyTlb_X86_64.OFFSET_BITMAP, KvmDirtyTlb_X86_64.OFFSET_NUM_DIRTY);
            case I386:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_I386.INSTANCE,
                        KvmDirtyTlb_I386.OFFSET_BITMAP, KvmDirtyTlb_I386.OFFSET_NUM_DIRTY);
            case X32:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_X32.INSTANCE,
                        KvmDirtyTlb_X32.OFFSET_BITMAP, KvmDirtyTlb_X32.OFFSET_NUM_DIRTY);
            case PPC32:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_PPC32.INSTANCE,
                        KvmDirtyTlb_PPC32.OFFSET_BITMAP, KvmDirtyTlb_PPC32.OFFSET_NUM_DIRTY);
            case PPC64:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_PPC64.INSTANCE,
                        KvmDirtyTlb_PPC64.OFFSET_BITMAP, KvmDirtyTlb_PPC64.OFFSET_NUM_DIRTY);
            case PPC64LE:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_PPC64LE.INSTANCE,
                        KvmDirtyTlb_PPC64LE.OFFSET_BITMAP, KvmDirtyTlb_PPC64LE.OFFSET_NUM_DIRTY);
            case ARM:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_ARM.INSTANCE,
                        KvmDirtyTlb_ARM.OFFSET_BITMAP, KvmDirtyTlb_ARM.OFFSET_NUM_DIRTY);
            case AARCH64:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_AARCH64.INSTANCE,
                        KvmDirtyTlb_AARCH64.OFFSET_BITMAP, KvmDirtyTlb_AARCH64.OFFSET_NUM_DIRTY);
            case M68K:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_M68K.INSTANCE,
                        KvmDirtyTlb_M68K.OFFSET_BITMAP, KvmDirtyTlb_M68K.OFFSET_NUM_DIRTY);
            case S390X:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_S390X.INSTANCE,
                        KvmDirtyTlb_S390X.OFFSET_BITMAP, KvmDirtyTlb_S390X.OFFSET_NUM_DIRTY);
            case MIPS32:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_MIPS32.INSTANCE,
                        KvmDirtyTlb_MIPS32.OFFSET_BITMAP, KvmDirtyTlb_MIPS32.OFFSET_NUM_DIRTY);
            case RISCV64:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_RISCV64.INSTANCE,
                        KvmDirtyTlb_RISCV64.OFFSET_BITMAP, KvmDirtyTlb_RISCV64.OFFSET_NUM_DIRTY);
            case SPARC64:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_SPARC64.INSTANCE,
                        KvmDirtyTlb_SPARC64.OFFSET_BITMAP, KvmDirtyTlb_SPARC64.OFFSET_NUM_DIRTY);
            case SH4:
                return ShapeTable.shape(KVM_DIRTY_TLB, KvmDirtyTlb_SH4.INSTANCE,
                        KvmDirtyTlb_SH4.OFFSET_BITMAP, KvmDirtyTlb_SH4.OFFSET_NUM_DIRTY);
            default:
                throw ShapeTable.unknown("kvm_dirty_tlb", abi);
        }
    }
}
