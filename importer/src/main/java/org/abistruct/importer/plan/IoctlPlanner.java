package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abistruct.Ioctl;
import org.abistruct.importer.model.Macro;

/**
 * Recognizes ioctl macros ({@code _IO}, {@code _IOR}, {@code _IOW}, {@code _IOWR}) and their
 * argument: a struct or union by tag, or a scalar type the {@link Ioctl.Arg} list has.
 */
final class IoctlPlanner {
    private static final Pattern IOCTL = Pattern.compile("^_IO(WR|R|W)?\\s*\\((.*)\\)$");

    private static final Map<String, Ioctl.Arg> SCALARS = Map.ofEntries(
            Map.entry("int", Ioctl.Arg.INT), Map.entry("unsigned int", Ioctl.Arg.UINT),
            Map.entry("long", Ioctl.Arg.LONG), Map.entry("unsigned long", Ioctl.Arg.ULONG),
            Map.entry("__u8", Ioctl.Arg.U8), Map.entry("__u16", Ioctl.Arg.U16),
            Map.entry("__u32", Ioctl.Arg.U32), Map.entry("__u64", Ioctl.Arg.U64),
            Map.entry("__s8", Ioctl.Arg.U8), Map.entry("__s16", Ioctl.Arg.U16),
            Map.entry("__s32", Ioctl.Arg.INT), Map.entry("__s64", Ioctl.Arg.U64),
            Map.entry("char", Ioctl.Arg.U8), Map.entry("unsigned char", Ioctl.Arg.U8));

    private IoctlPlanner() {}

    /** An ioctl macro's direction and argument text; null when the macro is not one. */
    record Parsed(Macro macro, Ioctl.Dir dir, String argument) {}

    static Parsed parse(Macro macro) {
        Matcher m = IOCTL.matcher(macro.body());
        if (!m.find()) {
            return null;
        }
        List<String> args = arguments(m.group(2));
        Ioctl.Dir dir = m.group(1) == null ? Ioctl.Dir.NONE : switch (m.group(1)) {
            case "R" -> Ioctl.Dir.READ;
            case "W" -> Ioctl.Dir.WRITE;
            default -> Ioctl.Dir.READ_WRITE;
        };
        if (dir == Ioctl.Dir.NONE ? args.size() != 2 : args.size() != 3) {
            return null;
        }
        String argument = dir == Ioctl.Dir.NONE ? null
                : args.get(2).replace("const ", "").replaceAll("\\s+", " ").strip();
        return new Parsed(macro, dir, argument);
    }

    /** The struct or union tag of an argument ({@code struct kvm_regs}), or null. */
    static String[] tag(String argument) {
        Matcher m = Pattern.compile("^(struct|union) (\\w+)$").matcher(argument);
        return m.find() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The {@link Ioctl.Arg} of a scalar argument, or null. */
    static Ioctl.Arg scalar(String argument) {
        if (argument.endsWith("*")) {
            return Ioctl.Arg.POINTER;
        }
        return SCALARS.get(argument);
    }

    private static List<String> arguments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }
}
