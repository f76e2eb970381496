package org.abistruct.processor.plan;

import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.Ioctl;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.Test;

/**
 * The plan of a struct, without a compiler: what {@code write} zeroes, the ioctl numbers, the
 * compat facts and the embedded declarations. Expected numbers are the kernel's and GCC 12's
 * (kvm_dirty_tlb: 16 bytes on x86_64, 12 on i386; KVM_DIRTY_TLB 0x4010AEAA and 0x400CAEAA).
 */
class PlannerTest {
    private static final List<Abi> PAIR = List.of(Abi.X86_64, Abi.I386);
    private static final IoctlDecl DIRTY_TLB =
            new IoctlDecl("KVM_DIRTY_TLB", 0xAE, 0xaa, Ioctl.Dir.WRITE);
    private static final CompatPolicy GENERATE =
            new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE);

    private final Decls decls = new Decls();

    private StructDecl kvmDirtyTlb() {
        return decls.declare("KvmDirtyTlb", "kvm_dirty_tlb", false, PAIR,
                member("bitmap", scalar(ScalarKind.UINT64)),
                member("numDirty", "num_dirty", scalar(ScalarKind.UINT32)));
    }

    @Test
    void kvmDirtyTlbZeroesTailPaddingOnX86_64OnlyAndEncodesItsSize() {
        StructPlan plan = decls.plan(kvmDirtyTlb(), CompatPolicy.BUILT_IN, List.of(DIRTY_TLB));
        assertEquals(List.of(Abi.X86_64, Abi.I386), plan.abis().stream().map(AbiPlan::abi).toList());
        assertEquals(List.of(new ByteRange(12, 4)), plan.abi(Abi.X86_64).zeroed());
        assertEquals(List.of(), plan.abi(Abi.I386).zeroed());
        assertEquals(0x4010AEAAL, plan.abi(Abi.X86_64).ioctlNumbers().get(0).value());
        assertEquals(0x400CAEAAL, plan.abi(Abi.I386).ioctlNumbers().get(0).value());
        assertEquals("abistruct/kvm_dirty_tlb.h", plan.headerPath());
        assertEquals("abistruct/kvm_dirty_tlb.json", plan.reportPath());
        assertFalse(plan.usesWordSize());
    }

    @Test
    void conversionsArePlannedOnlyWhenAConverterIsGenerated() {
        StructDecl decl = kvmDirtyTlb();
        PairPlan identical = decls.plan(decl).pairs().get(0);
        assertTrue(identical.differs());
        assertEquals(List.of(), identical.directions());
        assertTrue(identical.needsCompatType(decl.ref()));

        PairPlan generated = decls.plan(decl, GENERATE, List.of()).pairs().get(0);
        assertEquals(2, generated.directions().size());
        CompatDirection toKernel = generated.directions().get(0);
        assertEquals(Abi.I386, toKernel.from().abi());
        assertEquals(Abi.X86_64, toKernel.to().abi());
        assertEquals(12, toKernel.conversion().fromSize());
        assertEquals(16, toKernel.conversion().toSize());
        assertFalse(toKernel.narrows());
    }

    @Test
    void aUnionZeroesWhatItsFirstMemberLeavesThoughEveryByteIsCovered() {
        StructDecl decl = decls.declare("Word", "word", true, PAIR,
                member("tag", scalar(ScalarKind.UINT8)),
                member("value", scalar(ScalarKind.UINT32)));
        AbiPlan plan = decls.plan(decl).abi(Abi.X86_64);
        assertEquals(List.of(), plan.layout().paddings());
        assertEquals(List.of(new ByteRange(1, 3)), plan.zeroed());
    }

    @Test
    void embeddedStructsThatDifferGetCompatTypesAndEveryDeclarationIsKnown() {
        StructDecl moved = decls.declare("Moved", "moved", false, PAIR,
                member("x", scalar(ScalarKind.UINT64)), member("y", scalar(ScalarKind.UINT32)));
        StructDecl same = decls.declare("Same", "same", false, PAIR,
                member("a", scalar(ScalarKind.UINT32)));
        StructDecl middle = decls.declare("Middle", "middle", false, PAIR,
                member("deep", moved.ref()));
        StructDecl outer = decls.declare("Outer", "outer", false, PAIR,
                member("m", middle.ref()), member("s", array(same.ref(), 2)),
                member("p", scalar(ScalarKind.POINTER)));
        StructPlan plan = decls.plan(outer);
        assertEquals(Set.of(outer.ref(), middle.ref()), plan.pairs().get(0).compatTypes());
        assertEquals(Set.of(outer.ref(), middle.ref(), moved.ref(), same.ref()),
                plan.declarations().keySet());
        assertTrue(plan.usesWordSize());
        assertEquals(8, plan.abi(Abi.X86_64).wordSize());
        assertEquals(4, plan.abi(Abi.I386).wordSize());
        StructRef unknown = Decls.ref("Elsewhere");
        assertEquals(null, plan.lookup().apply(unknown));
    }

    @Test
    void aStructTooLargeToLayOutNamesTheAbi() {
        StructDecl huge = decls.declare("Huge", "huge", false, List.of(Abi.I386),
                member("a", array(scalar(ScalarKind.UINT8), Integer.MAX_VALUE)),
                member("b", scalar(ScalarKind.UINT32)));
        PlanException e = assertThrows(PlanException.class, () -> decls.plan(huge));
        assertEquals(Abi.I386, e.abi());
    }

    @Test
    void membersAtAllDepthsArePlannedUpToTheLimit() {
        StructDecl leaf = decls.declare("Leaf", "leaf", false, List.of(Abi.I386),
                scalars("m", 200).toArray(Member[]::new));
        List<Member> mid = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mid.add(member("l" + i, leaf.ref()));
        }
        StructDecl middle = decls.declare("Mid", "mid", false, List.of(Abi.I386),
                mid.toArray(Member[]::new));
        List<Member> top = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            top.add(member("m" + i, middle.ref()));
        }
        top.add(member("leaf", leaf.ref()));
        top.addAll(scalars("s", 184));
        // 27 of 1 + 12 * 201, one of 1 + 200, 184 scalars: the limit exactly.
        assertEquals(MemberCount.MAX, 27 * (1 + 12 * 201) + 201 + 184);
        decls.plan(decls.declare("Full", "full", false, List.of(Abi.I386),
                top.toArray(Member[]::new)));
        top.add(member("over", scalar(ScalarKind.UINT8)));
        StructDecl over = decls.declare("Over", "over", false, List.of(Abi.I386),
                top.toArray(Member[]::new));
        PlanException e = assertThrows(PlanException.class, () -> decls.plan(over));
        assertEquals(MemberCount.MAX + 1, e.members());
    }

    @Test
    void aLayoutRecordHoldsAtMostItsLimitOfNumbers() {
        List<Member> members = scalars("m", MemberCount.MAX_DIRECT);
        decls.plan(decls.declare("Widest", "widest", false, List.of(Abi.I386),
                members.toArray(Member[]::new)));
        members.add(member("over", scalar(ScalarKind.UINT8)));
        StructDecl over = decls.declare("Wider", "wider", false, List.of(Abi.I386),
                members.toArray(Member[]::new));
        PlanException e = assertThrows(PlanException.class, () -> decls.plan(over));
        assertEquals(MemberCount.MAX_DIRECT + 1, e.members());
    }

    private static List<Member> scalars(String prefix, int count) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(member(prefix + i, scalar(ScalarKind.UINT8)));
        }
        return out;
    }
}
