package org.abistruct.processor.cheader;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * The differential test's seeded random declarations, reached from this package. Its generator
 * is package-private to the layout tests, so it is called reflectively.
 */
final class RandomStructs {
    private final Object decls;

    private RandomStructs(Object decls) {
        this.decls = decls;
    }

    /** {@code count} random declarations from {@code seed}, each using only earlier ones. */
    static RandomStructs generate(long seed, int count) {
        try {
            Method generate = method("org.abistruct.processor.layout.RandomDecls", "generate",
                    long.class, int.class);
            return new RandomStructs(generate.invoke(null, seed, count));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run the random declaration generator", e);
        }
    }

    @SuppressWarnings("unchecked")
    List<StructDecl> all() {
        return (List<StructDecl>) call("all");
    }

    @SuppressWarnings("unchecked")
    Function<StructRef, StructDecl> lookup() {
        return (Function<StructRef, StructDecl>) call("lookup");
    }

    private Object call(String name) {
        try {
            return method(decls.getClass().getName(), name).invoke(decls);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call Decls." + name, e);
        }
    }

    private static Method method(String type, String name, Class<?>... parameters)
            throws ReflectiveOperationException {
        Method method = Class.forName(type).getDeclaredMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }
}
