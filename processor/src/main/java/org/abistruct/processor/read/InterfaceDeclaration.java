package org.abistruct.processor.read;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.IoctlInterface;

/**
 * A type carrying {@code @Ioctl} but no {@code @AbiStruct} or {@code @AbiUnion}, as read: the
 * interface model (null when the type is not a plain interface), where each command was
 * declared (parallel to {@code decl.ioctls()}), and the problems found while reading.
 */
public record InterfaceDeclaration(
        TypeElement element, IoctlInterface decl, List<IoctlSite> sites, Report report) {

    public InterfaceDeclaration {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(report, "report");
        sites = List.copyOf(sites);
        if (decl != null && decl.ioctls().size() != sites.size()) {
            throw new IllegalArgumentException("positions do not match the declaration");
        }
    }
}
