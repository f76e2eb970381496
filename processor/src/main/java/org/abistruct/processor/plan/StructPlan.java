package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Every fact the outputs of one struct or union need, computed once by the {@link Planner}:
 * the declaration with its policies and ioctls, one {@link AbiPlan} per selected ABI, one
 * {@link PairPlan} per compat pair it selects, every declaration it embeds at any depth, and
 * the paths of its C header and JSON report. Checks and generators only read it.
 *
 * @param abis one per selected ABI, in {@link Abi} order
 * @param declarations this declaration and each one it embeds at any depth, by reference
 */
public record StructPlan(StructDecl decl, CompatPolicy policy, List<IoctlDecl> ioctls,
                         List<AbiPlan> abis, List<PairPlan> pairs,
                         Map<StructRef, StructDecl> declarations, String headerPath,
                         String reportPath) {
    public StructPlan {
        Objects.requireNonNull(decl, "decl");
        Objects.requireNonNull(policy, "policy");
        ioctls = List.copyOf(ioctls);
        abis = List.copyOf(abis);
        pairs = List.copyOf(pairs);
        declarations = Map.copyOf(declarations);
        Objects.requireNonNull(headerPath, "headerPath");
        Objects.requireNonNull(reportPath, "reportPath");
        if (abis.isEmpty()) {
            throw new IllegalArgumentException(decl.cName() + " has no layout");
        }
    }

    /** The layouts, one per selected ABI in {@link Abi} order. */
    public List<StructLayout> layouts() {
        List<StructLayout> layouts = new ArrayList<>(abis.size());
        abis.forEach(a -> layouts.add(a.layout()));
        return layouts;
    }

    /** The plan of the first selected ABI, whose members every ABI shares. */
    public AbiPlan first() {
        return abis.get(0);
    }

    /** The plan of {@code abi}, which the struct must select. */
    public AbiPlan abi(Abi abi) {
        for (AbiPlan plan : abis) {
            if (plan.abi() == abi) {
                return plan;
            }
        }
        throw new IllegalArgumentException(decl.cName() + " is not laid out for " + abi);
    }

    /** The declaration {@code ref} names, itself or one it embeds; null for any other. */
    public Function<StructRef, StructDecl> lookup() {
        return declarations::get;
    }

    /** Whether a pointer or C long lies among the struct's own members, arrays included. */
    public boolean usesWordSize() {
        for (MemberSlot slot : first().slots()) {
            if (!slot.isStruct() && slot.kind().abiSized()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code write} zeroes any byte on any selected ABI. */
    public boolean zeroesOnWrite() {
        for (AbiPlan plan : abis) {
            if (!plan.zeroed().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a compat converter is generated: the policy asks for it and a pair is selected. */
    public boolean generatesConverter() {
        return policy.generates() && !pairs.isEmpty();
    }
}
