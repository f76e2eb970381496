package org.abistruct.importer.write;

import java.util.function.Consumer;
import org.abistruct.Ioctl;
import org.abistruct.importer.plan.IoctlPlan;

/** The {@code @Ioctl} annotation of one command. */
final class IoctlText {
    private IoctlText() {}

    static String annotation(IoctlPlan ioctl, Consumer<String> imports) {
        imports.accept("Ioctl");
        StringBuilder out = new StringBuilder("@Ioctl(name = \"").append(ioctl.name())
                .append("\", type = 0x").append(Integer.toHexString(ioctl.type()))
                .append(", nr = 0x").append(Integer.toHexString(ioctl.nr()))
                .append(", dir = Ioctl.Dir.").append(ioctl.dir().name());
        if (ioctl.arg() != Ioctl.Arg.STRUCT) {
            out.append(", arg = Ioctl.Arg.").append(ioctl.arg().name());
        }
        return out.append(')').toString();
    }
}
