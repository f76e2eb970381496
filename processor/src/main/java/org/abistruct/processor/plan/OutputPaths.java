package org.abistruct.processor.plan;

import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.StructDecl;

/** Where the resources of a declaration go, relative to the class output root. */
public final class OutputPaths {
    private static final String FOLDER = "abistruct/";

    private OutputPaths() {}

    /** {@code abistruct/kvm_dirty_tlb.h}. */
    public static String header(StructDecl decl) {
        return FOLDER + decl.cName() + ".h";
    }

    /** {@code abistruct/kvm_dirty_tlb.json}. */
    public static String report(StructDecl decl) {
        return FOLDER + decl.cName() + ".json";
    }

    /** {@code abistruct/kvm_ioctls.h}. */
    public static String ioctlsHeader(IoctlInterface commands) {
        return FOLDER + commands.cName() + "_ioctls.h";
    }
}
