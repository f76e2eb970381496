package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** The one owner of the {@link Filer}: writes generated files with their originating element. */
public final class SourceWriter {
    private final Filer filer;

    public SourceWriter(Filer filer) {
        this.filer = filer;
    }

    /**
     * Writes {@code file}, attributed to {@code origin} for incremental builds. The text is
     * {@code file}'s own: a type rebuilt to carry the origin would lose a record's components.
     */
    public void write(JavaFile file, Element origin) throws IOException {
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        // Rendered whole first: JavaPoet appends piece by piece, which the Filer's writer
        // would encode one small string at a time.
        String text = file.toString();
        JavaFileObject source = filer.createSourceFile(name, origin);
        try (Writer writer = source.openWriter()) {
            writer.write(text);
        }
    }

    /**
     * Writes {@code text} as the resource {@code path} (such as {@code abistruct/x.json}) of the
     * class output, attributed to {@code origin}.
     */
    public void writeResource(String path, String text, Element origin) throws IOException {
        int slash = path.lastIndexOf('/');
        String pkg = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
                path.substring(slash + 1), origin);
        try (Writer writer = file.openWriter()) {
            writer.write(text);
        }
    }

    /** The file of a generated top-level type, formatted the one way generated sources are. */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
