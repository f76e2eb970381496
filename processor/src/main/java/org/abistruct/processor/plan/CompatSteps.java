package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.abistruct.Abi;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructRef;

/**
 * Plans the conversion of one struct between two layouts as {@link CompatStep}s: members
 * member by member through embedded structs and arrays (loops), the destination's padding
 * zeroed, and copies contiguous on both sides merged into one run. An embedded struct is
 * converted by a call, a {@link CompatStep.Call}: to its own converter where this compile
 * generates one for the pair and its conversion takes more than {@value #CALLED} steps, else to
 * a helper of this converter where it takes more than {@value #INLINED}. A converter's size
 * then grows with its widest struct, not with the whole tree of its members, nor with how deep
 * its embedded types nest.
 */
final class CompatSteps {
    /** The most steps an embedded struct's conversion takes and is still inlined. */
    static final int INLINED = 16;
    /**
     * The most steps an embedded struct with a converter of its own takes and is still
     * inlined: beyond them, the call is shorter code than the steps.
     */
    static final int CALLED = 2;

    /** A struct's steps, and those of the helper of each embedded type they call, in order. */
    record Result(List<CompatStep> steps, Map<StructRef, List<CompatStep>> helpers) {}

    /**
     * What the planning of every struct shares: which structs have converters of their own, and
     * each embedded type's steps in each direction, planned once.
     */
    static final class Context {
        private final Predicate<StructRef> converted;
        private final LayoutEngine engine;
        private final Map<List<Object>, List<CompatStep>> planned = new HashMap<>();
        private final Map<List<Object>, List<Abi>> vias = new HashMap<>();
        private final Map<List<Object>, CompatConversion> conversions = new HashMap<>();

        /**
         * {@code converted}: whether a struct's converter class is generated in this compile;
         * {@code engine} lays out the structs of other pairs.
         */
        Context(Predicate<StructRef> converted, LayoutEngine engine) {
            this.converted = converted;
            this.engine = engine;
        }

        /**
         * The direction whose methods convert {@code from} into {@code to}: of the struct's
         * pairs, in table order and each user to kernel first, the first whose conversion is
         * the same code; the converter class has methods for that one only.
         */
        List<Abi> via(StructLayout from, StructLayout to) {
            StructDecl decl = from.decl();
            List<Object> key = List.of(decl.ref(), from.abi(), to.abi());
            List<Abi> known = vias.get(key);
            if (known != null) {
                return known;
            }
            CompatConversion mine = conversion(from, to);
            List<Abi> found = List.of(from.abi(), to.abi());
            search:
            for (CompatPair pair : CompatPair.within(decl.abis())) {
                StructLayout u = engine.layout(decl, pair.user());
                StructLayout k = engine.layout(decl, pair.kernel());
                for (StructLayout[] d : new StructLayout[][] {{u, k}, {k, u}}) {
                    // Equal conversions have equal sizes: the sizes rule most out unplanned.
                    if (d[0].size() == from.size() && d[1].size() == to.size()
                            && conversion(d[0], d[1]).equals(mine)) {
                        found = List.of(d[0].abi(), d[1].abi());
                        break search;
                    }
                }
            }
            vias.put(key, found);
            return found;
        }

        /** The conversion of {@code from}'s struct into {@code to}'s layout, planned once. */
        CompatConversion conversion(StructLayout from, StructLayout to) {
            List<Object> key = List.of(from.decl().ref(), from.abi(), to.abi());
            CompatConversion known = conversions.get(key);
            if (known == null) {
                known = CompatConversion.of(from.decl().cName(), from, to, this);
                conversions.put(key, known);
            }
            return known;
        }

        /** Whether {@code from}'s own converter has the method from its ABI to {@code to}'s. */
        boolean converts(StructLayout from, StructLayout to) {
            return !from.hasFlexibleArray() && converted.test(from.decl().ref())
                    && from.decl().abis().contains(from.abi())
                    && from.decl().abis().contains(to.abi());
        }

        private List<CompatStep> steps(StructLayout from, StructLayout to) {
            List<Object> key = List.of(from.decl().ref(), from.abi(), to.abi());
            List<CompatStep> steps = planned.get(key);
            if (steps == null) {
                List<CompatStep> out = new ArrayList<>();
                new CompatSteps(from.decl().cName(), this, new LinkedHashMap<>())
                        .struct(from, to, 0, 0, "", out);
                steps = List.copyOf(merged(out));
                planned.put(key, steps);
            }
            return steps;
        }
    }

    private final String cName;
    private final Context context;
    private final Map<StructRef, List<CompatStep>> helpers;

    private CompatSteps(String cName, Context context, Map<StructRef, List<CompatStep>> helpers) {
        this.cName = cName;
        this.context = context;
        this.helpers = helpers;
    }

    /**
     * The steps converting a {@code from} struct into a {@code to} one, in destination order,
     * and its helpers'.
     */
    static Result plan(String cName, StructLayout from, StructLayout to, Context context) {
        if (from.abi().byteOrder() != to.abi().byteOrder()) {
            throw new IllegalStateException("compat pair " + from.abi() + " and " + to.abi()
                    + " differ in byte order; copies assume one");
        }
        Map<StructRef, List<CompatStep>> helpers = new LinkedHashMap<>();
        List<CompatStep> steps = new ArrayList<>();
        new CompatSteps(cName, context, helpers).struct(from, to, 0, 0, "", steps);
        return new Result(merged(steps), helpers);
    }

    /** How many steps {@code steps} take, each loop's body counted once. */
    static int count(List<CompatStep> steps) {
        int n = 0;
        for (CompatStep step : steps) {
            n += 1 + (step instanceof CompatStep.Loop loop ? count(loop.body()) : 0);
        }
        return n;
    }

    /**
     * The call converting an embedded {@code from} struct at {@code f} into {@code to} at
     * {@code t}; null when its steps are few enough to inline instead. A call to a helper adds
     * the helper, and those its steps call, to this converter's.
     */
    private CompatStep.Call call(StructLayout from, StructLayout to, long f, long t) {
        List<CompatStep> steps = context.steps(from, to);
        boolean own = context.converts(from, to);
        if (count(steps) <= (own ? CALLED : INLINED)) {
            return null;
        }
        if (!own) {
            addHelper(from.decl().ref(), steps);
        }
        List<Abi> via = own ? context.via(from, to) : List.of(from.abi(), to.abi());
        return new CompatStep.Call(f, t, from.decl().ref(), own, steps, via.get(0), via.get(1));
    }

    private void addHelper(StructRef type, List<CompatStep> steps) {
        if (helpers.containsKey(type)) {
            return;
        }
        helpers.put(type, steps);
        addCalledHelpers(steps);
    }

    private void addCalledHelpers(List<CompatStep> steps) {
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Call c && !c.own()) {
                addHelper(c.type(), c.steps());
            } else if (step instanceof CompatStep.Loop loop) {
                addCalledHelpers(loop.body());
            }
        }
    }

    /** Whether the two layouts hold the same bytes at the same places. */
    static boolean same(StructLayout from, StructLayout to) {
        return CompatDiff.sameBytes(from, to);
    }

    private void struct(StructLayout from, StructLayout to, long f, long t, String path,
                        List<CompatStep> out) {
        if (same(from, to) && !from.hasFlexibleArray()) {
            if (from.size() > 0) {
                out.add(new CompatStep.Copy(f, t, from.size()));
            }
            return;
        }
        if (from.decl().union()) {
            // As C initializes a union: its first member, and zeroes for the rest.
            zeroes(to, t, out);
            int first = from.decl().firstNamed();
            if (first >= 0) {
                field(from.fields().get(first), to.fields().get(first), f, t, path, out);
            }
            return;
        }
        zeroes(to, t, out);
        for (int i = 0; i < from.fields().size(); i++) {
            field(from.fields().get(i), to.fields().get(i), f, t, path, out);
        }
    }

    /** The bytes a write of {@code to} zeroes, at {@code t}. */
    private static void zeroes(StructLayout to, long t, List<CompatStep> out) {
        for (ByteRange range : ByteRange.zeroedByWrite(to)) {
            out.add(new CompatStep.Zero(t + range.offset(), range.size()));
        }
    }

    private void field(FieldLayout from, FieldLayout to, long f, long t, String path,
                       List<CompatStep> out) {
        String name = path + from.member().cName();
        long fo = f + from.offset();
        long to0 = t + to.offset();
        CType type = from.member().type();
        boolean array = type instanceof ArrayType;
        boolean flexible = from.flexible();
        long count = flexible ? ((ArrayType) type).leavesPerElement()
                : from.elementSize() == 0 ? 0 : from.size() / from.elementSize();
        CType leaf = type instanceof ArrayType a ? a.leaf() : type;
        if (from.member().bitfield()) {
            // An unnamed one is zeroed with the bytes around it.
            if (from.member().named()) {
                out.add(new CompatStep.Bits(fo, from.bit(), to0, to.bit(),
                        from.member().bits().width()));
            }
            return;
        }
        if (leaf instanceof Scalar s) {
            if (from.elementSize() == to.elementSize()) {
                if (flexible) {
                    out.add(new CompatStep.CopyCount(fo, to0, count, from.elementSize()));
                } else if (from.size() > 0) {
                    out.add(new CompatStep.Copy(fo, to0, from.size()));
                }
            } else if (!array) {
                out.add(resize(s, from, to, fo, to0, name));
            } else {
                out.add(new CompatStep.Loop(count, flexible, fo, to0, from.elementSize(),
                        to.elementSize(),
                        List.of(resize(s, from, to, 0, 0, name + "[]"))));
            }
            return;
        }
        StructLayout fromNested = from.nested().orElseThrow();
        StructLayout toNested = to.nested().orElseThrow();
        boolean sameBytes = same(fromNested, toNested) && !fromNested.hasFlexibleArray();
        boolean callable = !sameBytes && !from.member().anonymous();
        if (!array) {
            CompatStep.Call call = callable ? call(fromNested, toNested, fo, to0) : null;
            if (call != null) {
                out.add(call);
            } else {
                struct(fromNested, toNested, fo, to0, name + ".", out);
            }
        } else if (same(fromNested, toNested) && !flexible) {
            if (from.size() > 0) {
                out.add(new CompatStep.Copy(fo, to0, from.size()));
            }
        } else {
            List<CompatStep> body = new ArrayList<>();
            CompatStep.Call call = callable ? call(fromNested, toNested, 0, 0) : null;
            if (call != null) {
                body.add(call);
            } else {
                struct(fromNested, toNested, 0, 0, name + "[].", body);
            }
            out.add(new CompatStep.Loop(count, flexible, fo, to0, from.elementSize(),
                    to.elementSize(),
                    merged(body)));
        }
    }

    private CompatStep resize(Scalar s, FieldLayout from, FieldLayout to, long f, long t,
                              String name) {
        boolean widen = from.elementSize() < to.elementSize();
        return new CompatStep.Resize(f, t, widen, s.kind().signed(),
                cName + "." + name + " (" + s.kind().cType() + ")");
    }

    /**
     * The steps in destination order, each copy joined with the next when they are contiguous
     * on both sides, and each zeroing with the next when they touch.
     */
    static List<CompatStep> merged(List<CompatStep> steps) {
        List<CompatStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingLong(CompatStep::to));
        List<CompatStep> out = new ArrayList<>();
        for (CompatStep step : sorted) {
            CompatStep last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last instanceof CompatStep.Copy a && step instanceof CompatStep.Copy b
                    && a.continuedBy(b)) {
                out.set(out.size() - 1, new CompatStep.Copy(a.from(), a.to(), a.size() + b.size()));
            } else if (last instanceof CompatStep.Zero a && step instanceof CompatStep.Zero b
                    && a.to() + a.size() == b.to()) {
                out.set(out.size() - 1, new CompatStep.Zero(a.to(), a.size() + b.size()));
            } else {
                out.add(step);
            }
        }
        return out;
    }
}
