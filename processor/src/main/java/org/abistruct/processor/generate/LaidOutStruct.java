package org.abistruct.processor.generate;

import java.util.List;
import java.util.Objects;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * What the generator needs of one validated struct: its declaration, its layouts in
 * {@link org.abistruct.Abi} order (one per selected ABI), and the ioctls whose argument it is.
 */
public record LaidOutStruct(StructDecl decl, List<StructLayout> layouts, List<IoctlDecl> ioctls) {
    public LaidOutStruct {
        Objects.requireNonNull(decl, "decl");
        layouts = List.copyOf(layouts);
        ioctls = List.copyOf(ioctls);
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException(decl.cName() + " has no layout");
        }
        for (StructLayout layout : layouts) {
            if (!layout.decl().equals(decl)) {
                throw new IllegalArgumentException("a layout of " + layout.decl().cName()
                        + " given for " + decl.cName());
            }
        }
    }
}
