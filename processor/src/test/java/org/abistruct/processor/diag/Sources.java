package org.abistruct.processor.diag;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.abistruct.processor.AbiStructProcessor;

/** Test sources in package {@code p} that import every abistruct annotation, and their compilation. */
public final class Sources {
    private Sources() {}

    /** The source of {@code p.<name>}, its body given line by line after the imports. */
    public static JavaFileObject of(String name, String... body) {
        List<String> lines = new ArrayList<>();
        lines.add("package p;");
        lines.add("import org.abistruct.*;");
        lines.addAll(Arrays.asList(body));
        return JavaFileObjects.forSourceLines("p." + name, lines);
    }

    /** Compiles {@code sources} with the real processor. */
    public static Compilation compile(JavaFileObject... sources) {
        return compile(new AbiStructProcessor(), sources);
    }

    /** Compiles {@code sources} with the real processor, for Java release {@code release}. */
    public static Compilation compileAt(int release, JavaFileObject... sources) {
        return Compiler.javac().withOptions("--release", Integer.toString(release))
                .withProcessors(new AbiStructProcessor()).compile(sources);
    }

    /** Compiles {@code sources} with the given processors. */
    public static Compilation compile(Processor first, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(first).compile(sources);
    }
}
