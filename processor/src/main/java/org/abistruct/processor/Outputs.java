package org.abistruct.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.generate.SourceWriter;

/** Writes generated files through the source writer, reporting a failed write on its type. */
final class Outputs {
    private final SourceWriter writer;
    private final Messager messager;

    Outputs(SourceWriter writer, Messager messager) {
        this.writer = writer;
        this.messager = messager;
    }

    /** Writes a Java source generated for {@code origin}. */
    void source(JavaFile file, TypeElement origin) {
        try {
            writer.write(file, origin);
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(
                    file.packageName() + "." + file.typeSpec().name(), e.getMessage()), origin);
        }
    }

    /** Writes a class-output resource, such as a C header, generated for {@code origin}. */
    void resource(String path, String text, TypeElement origin) {
        try {
            writer.writeResource(path, text, origin);
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(path, e.getMessage()),
                    origin);
        }
    }
}
