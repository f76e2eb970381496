package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.OutputWriter;
import org.abistruct.processor.generate.compat.CompatGenerator;
import org.abistruct.processor.generate.java.LayoutRecordGenerator;
import org.abistruct.processor.generate.memory.ByteBufferBackend;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.generate.memory.SegmentBackend;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.StructPlan;

/** The Java sources the processor's generators make of test plans, as its writer renders them. */
public final class GeneratedSources {
    /** The memory of a release 22 compile. */
    private static final List<MemoryBackend> FOREIGN =
            List.of(new ByteBufferBackend(), new SegmentBackend());

    private GeneratedSources() {}

    /** The layout records of {@code structs} of {@code decls}, over byte buffers. */
    public static List<JavaFile> records(Decls decls, List<StructDecl> structs) {
        List<JavaFile> files = new ArrayList<>();
        for (StructDecl decl : structs) {
            files.addAll(records(decls.plan(decl)));
        }
        return files;
    }

    /** The layout record of {@code plan}, over byte buffers. */
    public static List<JavaFile> records(StructPlan plan) {
        return records(plan, false);
    }

    /** The layout record of {@code plan}, as a release 22 compile writes it when {@code foreign}. */
    public static List<JavaFile> records(StructPlan plan, boolean foreign) {
        return render(new LayoutRecordGenerator(foreign ? FOREIGN
                : List.of(new ByteBufferBackend()), foreign).generate(plan));
    }

    /**
     * The layout records of {@code structs} of {@code decls} as a release 22 compile writes
     * them: over byte buffers and memory segments, with their {@code java.lang.foreign} layouts.
     */
    public static List<JavaFile> foreignRecords(Decls decls, List<StructDecl> structs) {
        List<JavaFile> files = new ArrayList<>();
        for (StructDecl decl : structs) {
            files.addAll(records(decls.plan(decl), true));
        }
        return files;
    }

    /** The compat converter of {@code plan} as a release 22 compile writes it, if it has one. */
    public static List<JavaFile> foreignConverters(StructPlan plan) {
        return render(new CompatGenerator(FOREIGN).generate(plan));
    }

    /** The compat converter of {@code plan}, over byte buffers, if it has one. */
    public static List<JavaFile> converters(StructPlan plan) {
        return render(new CompatGenerator(List.of(new ByteBufferBackend())).generate(plan));
    }

    /** The Java sources among {@code files}, rendered. */
    public static List<JavaFile> render(List<GeneratedFile> files) {
        List<JavaFile> out = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file instanceof GeneratedFile.JavaSource source) {
                out.add(OutputWriter.javaFile(source));
            }
        }
        return out;
    }
}
