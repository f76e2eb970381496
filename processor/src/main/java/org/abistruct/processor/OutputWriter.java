package org.abistruct.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.generate.GeneratedFile;

/**
 * The one writer of generated files: owns the {@link Filer}, puts the {@code @Generated}
 * annotation on every Java source, attributes each file to its originating type for
 * incremental builds, and reports a failed write on that type. A struct's files may be
 * generated and rendered to text on worker threads ({@link #submit}); they are written on the
 * processor's thread, in the order they were submitted, and that thread renders those no
 * worker has begun rather than wait.
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
    /** The most structs whose files wait rendered in memory before the next is submitted. */
    private static final int MAX_PENDING = 32;

    /** A file rendered: a Java source's type name or a resource's path, and its text. */
    private record Text(boolean source, String name, String text) {}

    /** The files of one struct, being generated and rendered. */
    private record Pending(TypeElement origin, FutureTask<List<Text>> texts) {}

    private final Filer filer;
    private final Messager messager;
    private final ExecutorService workers;
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** A writer that generates and renders on {@code workers}, or on this thread if null. */
    OutputWriter(Filer filer, Messager messager, ExecutorService workers) {
        this.filer = filer;
        this.messager = messager;
        this.workers = workers;
    }

    /**
     * Generates {@code origin}'s files by {@code generate} and renders them, on a worker
     * thread when there is one; writes those whose turn has come.
     */
    void submit(Callable<List<GeneratedFile>> generate, TypeElement origin) {
        FutureTask<List<Text>> job = new FutureTask<>(() -> render(generate.call()));
        pending.add(new Pending(origin, job));
        if (workers == null) {
            job.run();
        } else {
            workers.execute(job);
        }
        while (!pending.isEmpty() && (pending.peek().texts().isDone()
                || pending.size() > MAX_PENDING)) {
            writeNext();
        }
    }

    /** Waits for every submitted struct's files and writes them. */
    void finish() {
        while (!pending.isEmpty()) {
            writeNext();
        }
    }

    private void writeNext() {
        help();
        Pending next = pending.remove();
        List<Text> texts;
        try {
            texts = next.texts().get();
        } catch (ExecutionException e) {
            AbiStructProcessor.internalError(messager, next.origin(), e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AbiStructProcessor.internalError(messager, next.origin(), e);
            return;
        }
        for (Text text : texts) {
            write(text, next.origin());
        }
    }

    /**
     * Until the oldest struct's files are ready, renders those no worker has begun on this
     * thread, which would otherwise wait: a job already begun or done does not run again.
     */
    private void help() {
        for (Pending waiting : pending) {
            if (pending.peek().texts().isDone()) {
                return;
            }
            waiting.texts().run();
        }
    }

    private static List<Text> render(List<GeneratedFile> files) {
        List<Text> texts = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file instanceof GeneratedFile.JavaSource source) {
                JavaFile java = javaFile(source);
                texts.add(new Text(true, java.packageName().isEmpty() ? java.typeSpec().name()
                        : java.packageName() + "." + java.typeSpec().name(), text(java)));
            } else if (file instanceof GeneratedFile.Resource resource) {
                texts.add(new Text(false, resource.path(), resource.text()));
            }
        }
        return texts;
    }

    /** Writes {@code files}, generated for {@code origin}, now. */
    void write(List<GeneratedFile> files, TypeElement origin) {
        for (Text text : render(files)) {
            write(text, origin);
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

    private void write(Text text, TypeElement origin) {
        try {
            FileObject file;
            if (text.source()) {
                file = filer.createSourceFile(text.name(), origin);
            } else {
                String path = text.name();
                int slash = path.lastIndexOf('/');
                String pkg = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
                file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
                        path.substring(slash + 1), origin);
            }
            try (Writer writer = file.openWriter()) {
                writer.write(text.text());
            }
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR,
                    Message.WRITE_FAILED.format(text.name(), e.getMessage()), origin);
        }
    }
}
