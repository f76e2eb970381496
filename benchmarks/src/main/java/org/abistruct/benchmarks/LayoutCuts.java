package org.abistruct.benchmarks;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Cut-down forms of the layout records a processor compile generated, to find what javac pays
 * for each part of them: compiled beside the records, each form shows the least that output of
 * that shape can cost. The sources are parsed by javac and cut at its tree positions.
 */
final class LayoutCuts {
    /** A form, from the least to the whole layout record. */
    enum Cut {
        EMPTY_CLASS("an empty class"),
        COMPONENTS("a record of the layout record's components, with the three methods"
                + " `AbiLayout` requires returning `null`"),
        NO_ACCESSORS("the layout record without its member accessors (`read` returns `null`,"
                + " `write` and `validate` are empty)"),
        NO_BODIES("the layout record with every method body `throw null;`"),
        WHOLE("the layout record as generated");

        final String description;

        Cut(String description) {
            this.description = description;
        }
    }

    private LayoutCuts() {
    }

    /** Writes {@code cut} of every {@code *Layout.java} under {@code generated} into {@code to}. */
    static void write(Path generated, Path to, Cut cut) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(generated)) {
            files = walk.filter(p -> p.toString().endsWith("Layout.java"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null,
                StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"),
                    null, fm.getJavaFileObjectsFromPaths(files));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                JavaFileObject file = unit.getSourceFile();
                String text = file.getCharContent(true).toString();
                Path source = Path.of(file.toUri());
                Path out = to.resolve(generated.toAbsolutePath().relativize(source));
                Files.createDirectories(out.getParent());
                Files.writeString(out, cut(text, unit, positions, cut), StandardCharsets.UTF_8);
            }
        }
    }

    private static String cut(String text, CompilationUnitTree unit, SourcePositions positions,
            Cut cut) {
        ClassTree type = (ClassTree) unit.getTypeDecls().get(0);
        long typeStart = positions.getStartPosition(unit, type);
        return switch (cut) {
            case EMPTY_CLASS -> "package " + unit.getPackageName() + ";\n\npublic final class "
                    + type.getSimpleName() + " {\n}\n";
            case COMPONENTS -> text.substring(0, text.indexOf('{', (int) typeStart) + 1)
                    + "\n    public String cName() {\n        return null;\n    }\n"
                    + "\n    public String compatReport() {\n        return null;\n    }\n"
                    + "\n    public java.util.Map<String, Integer> offsets() {\n"
                    + "        return null;\n    }\n}\n";
            case NO_ACCESSORS, NO_BODIES -> replaceMethods(text, unit, positions, type, cut);
            case WHOLE -> text;
        };
    }

    /** Cuts methods from the last to the first, so earlier positions stay valid. */
    private static String replaceMethods(String text, CompilationUnitTree unit,
            SourcePositions positions, ClassTree type, Cut cut) {
        List<MethodTree> methods = new ArrayList<>();
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree method && method.getBody() != null) {
                methods.add(method);
            }
        }
        StringBuilder out = new StringBuilder(text);
        int cuts = 0;
        for (int i = methods.size() - 1; i >= 0; i--) {
            MethodTree method = methods.get(i);
            int start = (int) positions.getStartPosition(unit, method);
            int end = (int) positions.getEndPosition(unit, method);
            int bodyStart = (int) positions.getStartPosition(unit, method.getBody());
            String name = method.getName().toString();
            if (cut == Cut.NO_BODIES) {
                out.replace(bodyStart, end, "{\n        throw null;\n    }");
            } else if (isMemberAccessor(method)) {
                out.replace(start, end, "");
            } else if (name.equals("read")) {
                out.replace(bodyStart, end, "{\n        return null;\n    }");
            } else if (name.equals("write") || name.equals("validate")) {
                out.replace(bodyStart, end, "{\n    }");
            } else {
                continue;
            }
            cuts++;
        }
        // Every struct has a member, so a getter and setter besides read and write.
        if (cuts < 4) {
            throw new IllegalStateException(cut + " found " + cuts + " methods to cut in "
                    + unit.getSourceFile().getName() + ": has the generated shape changed?");
        }
        return out.toString();
    }

    /**
     * {@code getX(ByteBuffer buf, int offset, ...)}, {@code setX(...)} and a union's
     * {@code writeX(...)}.
     */
    private static boolean isMemberAccessor(MethodTree method) {
        String name = method.getName().toString();
        return (name.startsWith("get") || name.startsWith("set")
                        || name.startsWith("write") && !name.equals("write"))
                && !method.getParameters().isEmpty()
                && method.getParameters().get(0).getType().toString().equals("ByteBuffer");
    }
}
