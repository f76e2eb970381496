package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.IoctlEncoding;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * The Java members of the ioctls of a struct: in each ABI class a constant named as the macro
 * holding that ABI's number, and in the layout interface a method returning it.
 */
final class IoctlMembers {
    private IoctlMembers() {}

    /** {@code public static final int KVM_DIRTY_TLB = 0x4010aeaa;} for the ABI of {@code layout}. */
    static FieldSpec constant(IoctlDecl ioctl, StructLayout layout) {
        IoctlNumber number = IoctlEncoding.number(ioctl, layout);
        return FieldSpec.builder(int.class, ioctl.name(),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L} on $L:\n{@code $L}.\n"
                        + "An unsigned 32-bit number; read it with"
                        + " {@link Integer#toUnsignedLong(int)}.\n",
                        ioctl.name(), layout.abi(), ioctl.macroCall(argument(layout.decl())))
                .initializer("$L", literal(number))
                .build();
    }

    /** The ABI class's {@code int kvmDirtyTlb()}, returning the constant. */
    static MethodSpec implementation(IoctlDecl ioctl) {
        return signature(ioctl).addAnnotation(Override.class)
                .addStatement("return $N", ioctl.name())
                .build();
    }

    /** The layout interface's abstract {@code int kvmDirtyTlb()}, documented. */
    static MethodSpec declaration(IoctlDecl ioctl, StructDecl decl) {
        return signature(ioctl).addModifiers(Modifier.ABSTRACT)
                .addJavadoc(CodeBlock.of("The number of {@code $L} on this ABI, the constant of that"
                        + " name:\n{@code $L}.\nAn unsigned 32-bit number; read it with"
                        + " {@link Integer#toUnsignedLong(int)}.\n",
                        ioctl.name(), ioctl.macroCall(argument(decl))))
                .build();
    }

    /** The number as a Java int literal: its 32 bits in hexadecimal, such as {@code 0x4010aeaa}. */
    static String literal(IoctlNumber number) {
        return String.format(Locale.ROOT, "0x%08x", number.value());
    }

    private static MethodSpec.Builder signature(IoctlDecl ioctl) {
        return MethodSpec.methodBuilder(ioctl.methodName())
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class);
    }

    private static String argument(StructDecl decl) {
        return decl.keyword() + " " + decl.cName();
    }
}
