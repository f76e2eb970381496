package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.abistruct.Abi;
import org.abistruct.processor.layout.AbiRules;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.IoctlEncoding;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.LayoutException;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Turns a validated declaration into its {@link StructPlan}: lays it out under each selected
 * ABI, flattens its members, finds the bytes {@code write} zeroes, encodes its ioctl numbers,
 * and compares its layouts within each compat pair (planning the conversions when a converter
 * is generated). Interfaces of ioctls become an {@link InterfacePlan}.
 */
public final class Planner {
    private final LayoutEngine engine;
    private final CompatSteps.Context compat;

    /** A planner whose converters convert every embedded struct themselves. */
    public Planner(LayoutEngine engine) {
        this(engine, ref -> false);
    }

    /**
     * A planner whose converters call the converter of an embedded struct that {@code converted}
     * says this compile generates, where that struct's conversion is too large to inline.
     */
    public Planner(LayoutEngine engine, Predicate<StructRef> converted) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.compat = new CompatSteps.Context(Objects.requireNonNull(converted, "converted"),
                engine);
    }

    /**
     * The plan of {@code decl} under {@code policy}, the argument of {@code ioctls}.
     *
     * @throws PlanException if it cannot be laid out under one of its ABIs, or has more than
     *     {@link MemberCount#MAX} members at all depths or
     *     {@link MemberCount#MAX_DIRECT} numbers in its layout record
     */
    public StructPlan plan(StructDecl decl, CompatPolicy policy, List<IoctlDecl> ioctls) {
        Map<Abi, StructLayout> layouts = new EnumMap<>(Abi.class);
        for (Abi abi : decl.abis()) {
            try {
                layouts.put(abi, engine.layout(decl, abi));
            } catch (LayoutException e) {
                throw new PlanException(abi, e.getMessage());
            }
        }
        for (StructLayout layout : layouts.values()) {
            long members = MemberCount.of(layout);
            if (members > MemberCount.MAX) {
                throw PlanException.tooManyMembers(layout.abi(), members);
            }
        }
        List<AbiPlan> abis = new ArrayList<>();
        layouts.values().forEach(layout -> abis.add(abiPlan(layout, ioctls)));
        int direct = MemberCount.direct(abis.get(0).slots(), ioctls.size());
        if (direct > MemberCount.MAX_DIRECT) {
            throw PlanException.tooManyDirect(abis.get(0).layout().abi(), direct);
        }
        List<PairPlan> pairs = new ArrayList<>();
        for (CompatPair pair : CompatPair.within(layouts.keySet())) {
            pairs.add(pairPlan(pair, layouts.get(pair.user()), layouts.get(pair.kernel()),
                    policy.generates()));
        }
        Map<StructRef, StructDecl> declarations = new HashMap<>();
        collect(abis.get(0).layout(), declarations);
        return new StructPlan(decl, policy, ioctls, abis, pairs, declarations,
                OutputPaths.header(decl), OutputPaths.report(decl));
    }

    /** The plan of an interface of argument-less ioctls: its numbers under every ABI. */
    public static InterfacePlan plan(IoctlInterface commands) {
        Map<Abi, List<IoctlNumber>> numbers = new EnumMap<>(Abi.class);
        for (Abi abi : Abi.values()) {
            List<IoctlNumber> row = new ArrayList<>();
            for (IoctlDecl ioctl : commands.ioctls()) {
                row.add(IoctlEncoding.number(ioctl, abi, 0));
            }
            numbers.put(abi, row);
        }
        return new InterfacePlan(commands, numbers, OutputPaths.ioctlsHeader(commands));
    }

    private static AbiPlan abiPlan(StructLayout layout, List<IoctlDecl> ioctls) {
        List<IoctlNumber> numbers = new ArrayList<>();
        for (IoctlDecl ioctl : ioctls) {
            numbers.add(IoctlEncoding.number(ioctl, layout));
        }
        return new AbiPlan(layout, MemberSlot.of(layout), ByteRange.zeroedByWrite(layout),
                numbers, wordSize(layout.abi()));
    }

    /** The one size of pointers and C longs under {@code abi}, which the accessors assume. */
    private static int wordSize(Abi abi) {
        AbiRules rules = AbiRules.of(abi);
        if (rules.pointerSize() != rules.longSize()) {
            throw new IllegalStateException(abi + ": pointers and longs differ in size");
        }
        return rules.pointerSize();
    }

    private PairPlan pairPlan(CompatPair pair, StructLayout user, StructLayout kernel,
                                     boolean converts) {
        CompatDiff diff = CompatDiff.of(pair, user, kernel);
        List<CompatDirection> directions = converts
                ? List.of(direction(user, kernel), direction(kernel, user)) : List.of();
        Set<StructRef> compatTypes = new HashSet<>();
        if (diff.differs() || diff.alignmentOnly()) {
            compatTypes.add(user.decl().ref());
            embeddedCompatTypes(pair, user, kernel, compatTypes);
        }
        Map<ScalarKind, CompatScalar> scalars = new EnumMap<>(ScalarKind.class);
        AbiRules u = AbiRules.of(pair.user());
        AbiRules k = AbiRules.of(pair.kernel());
        for (ScalarKind kind : ScalarKind.values()) {
            scalars.put(kind, new CompatScalar(u.sizeOf(kind), u.alignOf(kind), k.alignOf(kind)));
        }
        return new PairPlan(pair, diff, directions, compatTypes, scalars);
    }

    /**
     * The structs embedded by tag in {@code user} (anonymous and tagless members looked
     * through) whose
     * layouts differ in the pair, in bytes or alignment.
     */
    private static void embeddedCompatTypes(CompatPair pair, StructLayout user,
                                            StructLayout kernel, Set<StructRef> out) {
        for (int i = 0; i < user.fields().size(); i++) {
            FieldLayout u = user.fields().get(i);
            FieldLayout k = kernel.fields().get(i);
            if (u.nested().isEmpty()) {
                continue;
            }
            StructLayout nu = u.nested().get();
            StructLayout nk = k.nested().orElseThrow();
            if (u.member().anonymous() || nu.decl().tagless()) {
                // C spells these inline, their members' types named within.
                embeddedCompatTypes(pair, nu, nk, out);
            } else {
                CompatDiff diff = CompatDiff.of(pair, nu, nk);
                if (diff.differs() || diff.alignmentOnly()) {
                    out.add(nu.decl().ref());
                }
            }
        }
    }

    private CompatDirection direction(StructLayout from, StructLayout to) {
        boolean narrows = usesAbiSized(from) && AbiRules.of(from.abi()).pointerSize()
                > AbiRules.of(to.abi()).pointerSize();
        List<Abi> via = compat.via(from, to);
        return new CompatDirection(from, to,
                compat.conversion(from, to), narrows, via.get(0),
                via.get(1));
    }

    /** Whether a pointer or C long lies anywhere in {@code layout}, embedded structs included. */
    private static boolean usesAbiSized(StructLayout layout) {
        for (FieldLayout field : layout.fields()) {
            if (field.nested().isPresent()) {
                if (usesAbiSized(field.nested().get())) {
                    return true;
                }
            } else if (MemberSlot.top(field).kind().abiSized()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(StructLayout layout, Map<StructRef, StructDecl> out) {
        if (out.putIfAbsent(layout.decl().ref(), layout.decl()) != null) {
            return;
        }
        for (FieldLayout field : layout.fields()) {
            field.nested().ifPresent(nested -> collect(nested, out));
        }
    }
}
