package org.abistruct.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.abistruct.processor.model.Decls;

/**
 * Generated sources compiled in memory with {@code --release 17 -Xlint:all -Werror} and
 * Javadoc checks, together with the records they bind, and loaded into a fresh class loader
 * for reflective calls.
 */
public final class Loaded {
    private final ClassLoader loader;
    private final String packageName;

    private Loaded(ClassLoader loader, String packageName) {
        this.loader = loader;
        this.packageName = packageName;
    }

    /**
     * Compiles {@code files} with {@code records}, each a complete source of one type in package
     * {@code p} given as {@code "SimpleName", "source", ...}.
     */
    public static Loaded compile(List<JavaFile> files, String... records) {
        return compileIn(Decls.PACKAGE, files, records);
    }

    /** As {@link #compile}, with the records and types in package {@code packageName}. */
    public static Loaded compileIn(String packageName, List<JavaFile> files, String... records) {
        return compileIn(17, packageName, files, records);
    }

    /** As {@link #compileIn(String, List, String...)}, for Java release {@code release}. */
    public static Loaded compileIn(int release, String packageName, List<JavaFile> files,
                                   String... records) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile file : files) {
            sources.add(file.toJavaFileObject());
        }
        for (int r = 0; r < records.length; r += 2) {
            sources.add(JavaFileObjects.forSourceString(packageName + "." + records[r],
                    "package " + packageName + ";\n\n" + records[r + 1]));
        }
        Compilation compilation = Compiler.javac()
                .withOptions("--release", Integer.toString(release), "-Xlint:all",
                        "-Xdoclint:all,-missing",
                        "-Werror")
                .compile(sources);
        dumpFailed(compilation, files);
        assertThat(compilation).succeededWithoutWarnings();
        return new Loaded(new CompiledClasses(compilation, Loaded.class.getClassLoader()),
                packageName);
    }

    /**
     * Where a compile fails and {@code abistruct.dump} names a directory, writes the generated
     * sources there, to read what javac refused.
     */
    private static void dumpFailed(Compilation compilation, List<JavaFile> files) {
        String dir = System.getProperty("abistruct.dump");
        if (dir == null || compilation.status() == Compilation.Status.SUCCESS) {
            return;
        }
        for (JavaFile file : files) {
            try {
                file.writeTo(Path.of(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The class {@code simpleName} of the compiled package. */
    public Class<?> type(String simpleName) {
        try {
            return Class.forName(packageName + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The layout of one ABI, named {@code "KvmDirtyTlbLayout$X86_64"}: the constant
     * {@code X86_64} of the generated record {@code p.KvmDirtyTlbLayout}.
     */
    public Binding binding(String layoutAndAbi) {
        int dollar = layoutAndAbi.indexOf('$');
        try {
            return new Binding(type(layoutAndAbi.substring(0, dollar))
                    .getField(layoutAndAbi.substring(dollar + 1)).get(null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A new record {@code p.simpleName} from its components. */
    public Object record(String simpleName, Object... components) {
        Constructor<?> constructor = type(simpleName).getDeclaredConstructors()[0];
        try {
            return constructor.newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A {@code p.simpleName[]} holding {@code elements}. */
    public Object[] array(String simpleName, Object... elements) {
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(type(simpleName),
                elements.length);
        System.arraycopy(elements, 0, array, 0, elements.length);
        return array;
    }

    /**
     * Calls the public method {@code name} whose parameters take {@code args}: of overloads
     * (over a buffer and a segment, with {@code int} and {@code long} offsets), the one whose
     * primitive parameters are the arguments' own types, else one that widens them.
     */
    public static Object call(Object target, Class<?> type, String name, Object... args) {
        Method widening = null;
        for (Method method : type.getMethods()) {
            if (!method.getName().equals(name) || method.getParameterCount() != args.length) {
                continue;
            }
            int fit = fit(method.getParameterTypes(), args);
            if (fit == EXACT) {
                return invoke(method, target, args);
            }
            if (fit == WIDENED && widening == null) {
                widening = method;
            }
        }
        if (widening != null) {
            return invoke(widening, target, args);
        }
        throw new AssertionError("no method " + name + " taking " + Arrays.toString(args));
    }

    private static final int EXACT = 0;
    private static final int WIDENED = 1;
    private static final int NONE = 2;

    private static int fit(Class<?>[] parameters, Object[] args) {
        int fit = EXACT;
        for (int i = 0; i < args.length; i++) {
            Class<?> p = parameters[i];
            Object a = args[i];
            if (!p.isPrimitive()) {
                if (a != null && !p.isInstance(a)) {
                    return NONE;
                }
            } else if (a == null) {
                return NONE;
            } else if (!boxed(p).equals(a.getClass())) {
                if ((p == long.class || p == double.class || p == float.class)
                        && (a instanceof Integer || a instanceof Short || a instanceof Byte)) {
                    fit = WIDENED;
                } else {
                    return NONE;
                }
            }
        }
        return fit;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0)
                .getClass();
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** A record component's value. */
    public static Object component(Object record, String name) {
        return call(record, record.getClass(), name);
    }

    /** A generated instance whose public methods are called by name and argument count. */
    public static final class Binding {
        public final Object instance;

        Binding(Object instance) {
            this.instance = instance;
        }

        public Object call(String name, Object... args) {
            return Loaded.call(instance, instance.getClass(), name, args);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
