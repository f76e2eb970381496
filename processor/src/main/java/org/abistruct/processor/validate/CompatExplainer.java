package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.plan.StructPlan;

/**
 * Says in words how a struct's layouts differ within one compat pair: the size, the members
 * placed differently, the padding only one ABI has, the ABI rules behind it, and what that does
 * to the ioctl numbers that encode the size.
 */
final class CompatExplainer {
    /** Members listed before the rest is summarized. */
    private static final int MAX_MEMBERS = 3;

    private CompatExplainer() {}

    /** One line: {@code I386 -> X86_64: its size is 12 on I386 and 16 on X86_64, ...}. */
    static String explain(CompatDiff diff, StructPlan plan) {
        StructLayout user = diff.user();
        StructLayout kernel = diff.kernel();
        List<String> facts = new ArrayList<>();
        if (user.size() != kernel.size()) {
            facts.add("its size is " + user.size() + " on " + user.abi() + " and " + kernel.size()
                    + " on " + kernel.abi());
        }
        List<CompatDiff.MemberDiff> members = diff.members();
        for (int i = 0; i < Math.min(MAX_MEMBERS, members.size()); i++) {
            CompatDiff.MemberDiff m = members.get(i);
            facts.add(m.path() + " is at offset " + m.userOffset() + " (size " + m.userSize()
                    + ") on " + user.abi() + " but " + m.kernelOffset() + " (size "
                    + m.kernelSize() + ") on " + kernel.abi());
        }
        if (members.size() > MAX_MEMBERS) {
            facts.add((members.size() - MAX_MEMBERS) + " more members differ");
        }
        StringBuilder out = new StringBuilder(diff.pair().toString()).append(": ")
                .append(String.join("; ", facts));
        List<String> paddings = new ArrayList<>();
        paddings.addAll(paddings(diff.onlyIn(kernel), kernel));
        paddings.addAll(paddings(diff.onlyIn(user), user));
        if (!paddings.isEmpty()) {
            out.append(", because of ").append(String.join(" and ", paddings));
        }
        List<String> rules = AbiDifferences.of(diff.pair(), kernel);
        if (!rules.isEmpty()) {
            out.append(paddings.isEmpty() ? ", because " : ", which exist because ")
                    .append(String.join(" and ", rules));
        }
        if (user.size() != kernel.size()) {
            out.append("; ").append(ioctls(diff, plan));
        }
        return out.append('.').toString();
    }

    /** {@code 4 bytes of tail padding after num_dirty on X86_64 only}. */
    private static List<String> paddings(List<Padding> only, StructLayout on) {
        List<String> out = new ArrayList<>();
        for (Padding p : only) {
            out.add(describe(p) + " on " + on.abi() + " only");
        }
        return out;
    }

    /** {@code 4 bytes of tail padding after num_dirty}, {@code a 2-byte hole at offset 6 after a}. */
    static String describe(Padding p) {
        String after = p.after().isEmpty() ? "" : " after " + p.after();
        return p.tail()
                ? bytes(p.size()) + " of tail padding at offset " + p.offset() + after
                : "a " + p.size() + "-byte hole at offset " + p.offset() + after;
    }

    private static String ioctls(CompatDiff diff, StructPlan plan) {
        if (plan.ioctls().isEmpty()) {
            return "any ioctl number that encodes its size differs with it";
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < plan.ioctls().size(); i++) {
            IoctlDecl ioctl = plan.ioctls().get(i);
            IoctlNumber u = plan.abi(diff.user().abi()).ioctlNumbers().get(i);
            IoctlNumber k = plan.abi(diff.kernel().abi()).ioctlNumbers().get(i);
            numbers.add(ioctl.name() + " is " + hex(u) + " on " + diff.user().abi() + " and "
                    + hex(k) + " on " + diff.kernel().abi());
        }
        return "so its ioctl numbers differ too: " + String.join(", ", numbers);
    }

    private static String hex(IoctlNumber number) {
        return number.fits() ? String.format(Locale.ROOT, "0x%08x", number.value()) : "too large";
    }

    private static String bytes(long count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }
}
