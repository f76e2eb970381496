package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

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

    /** The file of a generated top-level type, formatted the one way generated sources are. */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
