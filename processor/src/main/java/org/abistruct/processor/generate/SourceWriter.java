package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** The one owner of the {@link Filer}: writes generated files with their originating element. */
public final class SourceWriter {
    private final Filer filer;

    public SourceWriter(Filer filer) {
        this.filer = filer;
    }

    /** Writes {@code file}, attributed to {@code origin} for incremental builds. */
    public void write(JavaFile file, Element origin) throws IOException {
        file(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .writeTo(filer);
    }

    /**
     * Writes {@code text} to the class output at {@code path} (such as
     * {@code abistruct/kvm_dirty_tlb.h}), so that it ships beside the classes.
     */
    public void writeResource(String path, String text, Element origin) throws IOException {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (Writer out = resource.openWriter()) {
            out.write(text);
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
