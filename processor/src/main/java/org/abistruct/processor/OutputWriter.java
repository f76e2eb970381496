package org.abistruct.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.generate.GeneratedFile;

/**
 * The one writer of generated files: owns the {@link Filer}, puts the {@code @Generated}
 * annotation on every Java source, attributes each file to its originating type for
 * incremental builds, and reports a failed write on that type.
 */
public final class OutputWriter {
    /** The {@code @Generated} annotation of every generated type, without a date. */
    static final AnnotationSpec GENERATED =
            AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", AbiStructProcessor.class.getName())
                    .build();

    /** A constant's declaration up to its name, which follows another without a blank line. */
    private static final Pattern CONSTANT = Pattern.compile(
            " +(?:public|private) static final [\\w.<>\\[\\], ]+ [A-Z][A-Z0-9_]* = ");
    /** The longest line a one-line Javadoc makes, as JavaPoet wraps code. */
    private static final int MAX_LINE = 100;

    private final Filer filer;
    private final Messager messager;

    OutputWriter(Filer filer, Messager messager) {
        this.filer = filer;
        this.messager = messager;
    }

    /** Writes {@code files}, generated for {@code origin}. */
    void write(List<GeneratedFile> files, TypeElement origin) {
        for (GeneratedFile file : files) {
            if (file instanceof GeneratedFile.JavaSource source) {
                writeSource(source, origin);
            } else if (file instanceof GeneratedFile.Resource resource) {
                writeResource(resource, origin);
            }
        }
    }

    /**
     * The file of a generated source, formatted the one way generated sources are, with its
     * {@code @Generated} annotation added to the open type: once per source.
     */
    public static JavaFile javaFile(GeneratedFile.JavaSource source) {
        return JavaFile.builder(source.packageName(),
                        source.type().addAnnotation(GENERATED).build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * The text of a generated source as it is written: {@code file} rendered, each Javadoc of
     * one short line on one line ({@code /** Reads x. *}{@code /}) where JavaPoet spreads it
     * over three, and constants declared one after the other without blank lines.
     */
    public static String text(JavaFile file) {
        String[] lines = file.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i > 0 && lines[i - 1].endsWith(";") && i + 1 < lines.length
                    && CONSTANT.matcher(lines[i + 1]).lookingAt()) {
                continue;
            }
            if (line.strip().equals("/**") && line.endsWith("/**") && i + 2 < lines.length) {
                int indent = line.length() - 3;
                String prefix = line.substring(0, indent);
                String middle = lines[i + 1];
                if (middle.startsWith(prefix + " * ") && middle.length() > indent + 3
                        && lines[i + 2].equals(prefix + " */")
                        && middle.length() + 4 <= MAX_LINE) {
                    out.append(prefix).append("/** ").append(middle, indent + 3, middle.length())
                            .append(" */");
                    i += 2;
                    if (i + 1 < lines.length) {
                        out.append('\n');
                    }
                    continue;
                }
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private void writeSource(GeneratedFile.JavaSource source, TypeElement origin) {
        JavaFile file = javaFile(source);
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        try {
            // Rendered whole first: JavaPoet appends piece by piece, which the Filer's writer
            // would encode one small string at a time.
            String text = text(file);
            JavaFileObject object = filer.createSourceFile(name, origin);
            try (Writer writer = object.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(name, e.getMessage()),
                    origin);
        }
    }

    private void writeResource(GeneratedFile.Resource resource, TypeElement origin) {
        String path = resource.path();
        int slash = path.lastIndexOf('/');
        String pkg = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
                    path.substring(slash + 1), origin);
            try (Writer writer = file.openWriter()) {
                writer.write(resource.text());
            }
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(path, e.getMessage()),
                    origin);
        }
    }
}
