package org.abistruct.processor.validate;

import java.util.List;
import java.util.Map;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.read.InterfaceDeclaration;

/**
 * Checks an interface of ioctls: what reading found, C names, one declaration per name, a
 * scalar argument exactly where a direction has one, and distinct Java method names.
 */
public final class InterfaceChecker {
    private InterfaceChecker() {}

    /** The full report on {@code d}; it is generated only when the report is clean. */
    public static Report check(InterfaceDeclaration d) {
        Report.Builder report = Report.builder().addAll(d.report());
        if (d.decl() == null) {
            return report.build();
        }
        List<IoctlDecl> ioctls = d.decl().ioctls();
        String owner = "interface " + d.decl().qualifiedName();
        IoctlChecks.names(ioctls, d.sites(), owner, report);
        for (int i = 0; i < ioctls.size(); i++) {
            IoctlDecl ioctl = ioctls.get(i);
            boolean scalar = ioctl.arg() != Ioctl.Arg.STRUCT;
            if (ioctl.dir() != Ioctl.Dir.NONE && !scalar) {
                report.add(Message.IOCTL_ARGUMENT_ON_INTERFACE, d.sites().get(i).dir(),
                        ioctl.name(), d.decl().qualifiedName(), ioctl.dir());
            } else if (ioctl.dir() == Ioctl.Dir.NONE && scalar) {
                report.add(Message.IOCTL_ARG_WITHOUT_DIRECTION, d.sites().get(i).arg(),
                        ioctl.name(), ioctl.arg());
            }
        }
        IoctlChecks.methods(ioctls, d.sites(), Map.of(), report);
        return report.build();
    }
}
