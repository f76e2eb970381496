package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.memory.SegmentBackend;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/** The allocation methods of a layout record in a compile that has {@code java.lang.foreign}. */
final class ForeignMethods {
    private static final ClassName ALLOCATOR =
            ClassName.get("java.lang.foreign", "SegmentAllocator");

    private ForeignMethods() {}

    /**
     * {@code allocate(SegmentAllocator)}, {@code allocateArray(SegmentAllocator, long)}, and each
     * ioctl's number as the {@code unsigned long} request {@code ioctl} takes.
     */
    static List<MethodSpec> methods(StructDecl decl, List<IoctlDecl> ioctls) {
        MethodSpec one = MethodSpec.methodBuilder("allocate")
                .addJavadoc("A zeroed {@code $L} from {@code allocator}, aligned as this ABI"
                        + " aligns it.\n", decl.cType())
                .addModifiers(Modifier.PUBLIC)
                .returns(SegmentBackend.MEMORY_SEGMENT)
                .addParameter(ALLOCATOR, "allocator")
                .addStatement("return $T.allocate(allocator, $N, $N, 1)", SegmentBackend.ACCESS,
                        LayoutComponents.SIZE, "alignment")
                .build();
        MethodSpec array = MethodSpec.methodBuilder("allocateArray")
                .addJavadoc("A zeroed array of {@code count} {@code $L} from {@code allocator},"
                        + " aligned as this ABI\naligns one; {@link #elementOffset(long, long)}"
                        + " finds each.\n\n"
                        + "@throws IllegalArgumentException if {@code count} is negative\n"
                        + "@throws ArithmeticException if the size overflows a {@code long}\n",
                        decl.cType())
                .addModifiers(Modifier.PUBLIC)
                .returns(SegmentBackend.MEMORY_SEGMENT)
                .addParameter(ALLOCATOR, "allocator")
                .addParameter(long.class, "count")
                .addStatement("return $T.allocate(allocator, $N, $N, count)",
                        SegmentBackend.ACCESS, LayoutComponents.SIZE, "alignment")
                .build();
        List<MethodSpec> methods = new ArrayList<>(List.of(one, array));
        for (IoctlDecl ioctl : ioctls) {
            methods.add(MethodSpec.methodBuilder(ioctl.requestMethodName())
                    .addJavadoc("{@code $L} under this ABI as {@code ioctl}'s {@code unsigned long}"
                            + " request.\n", ioctl.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(long.class)
                    .addStatement("return $T.toUnsignedLong($N)", Integer.class,
                            ioctl.methodName())
                    .build());
        }
        return methods;
    }
}
