package org.abistruct.processor.generate;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** The class files of an in-memory compilation, defined on demand by this loader. */
public final class CompiledClasses extends ClassLoader {
    private static final String OUTPUT = "CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new TreeMap<>();

    /** The classes {@code compilation} wrote, loaded after those of {@code parent}. */
    public CompiledClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                classes.put(binaryName(file), bytes(file));
            }
        }
    }

    /** The binary names of the classes, sorted. */
    public Set<String> names() {
        return classes.keySet();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    private static String binaryName(JavaFileObject file) {
        String name = file.toUri().getPath();
        name = name.substring(name.indexOf(OUTPUT) + OUTPUT.length());
        return name.substring(0, name.length() - ".class".length()).replace('/', '.');
    }

    private static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
