package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.plan.InterfacePlan;

/**
 * Writes {@code <Interface>Ioctls}, the numbers of an interface's argument-less commands: per
 * command a static method returning its number under a given ABI.
 */
public final class IoctlsClassWriter {
    private IoctlsClassWriter() {}

    /** The class name, such as {@code p.KvmIoctls} for {@code p.Kvm}. */
    static ClassName name(IoctlInterface commands) {
        return ClassName.get(commands.packageName(),
                String.join("_", commands.simpleNames()) + "Ioctls");
    }

    /**
     * The class of the commands of {@code plan}; with {@code foreign}, each number also as the
     * {@code unsigned long} request {@code ioctl} takes.
     */
    static TypeSpec.Builder write(InterfacePlan plan, boolean foreign) {
        IoctlInterface commands = plan.decl();
        List<String> simple = commands.simpleNames();
        ClassName origin = ClassName.get(commands.packageName(), simple.get(0),
                simple.subList(1, simple.size()).toArray(new String[0]));
        TypeSpec.Builder type = TypeSpec.classBuilder(name(commands))
                .addJavadoc("The numbers of the ioctl commands declared on {@link $T}, per ABI.\n"
                        + "Each is an unsigned 32-bit number in an {@code int}; read it with\n"
                        + "{@link Integer#toUnsignedLong(int)}.\n", origin)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (int i = 0; i < commands.ioctls().size(); i++) {
            type.addMethod(method(plan, i));
        }
        if (foreign) {
            for (IoctlDecl ioctl : commands.ioctls()) {
                type.addMethod(MethodSpec.methodBuilder(ioctl.requestMethodName())
                        .addJavadoc("{@code $L} under {@code abi} as {@code ioctl}'s"
                                + " {@code unsigned long} request.\n", ioctl.name())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(long.class)
                        .addParameter(Abi.class, "abi")
                        .addStatement("return $T.toUnsignedLong($N(abi))", Integer.class,
                                ioctl.methodName())
                        .build());
            }
        }
        return type;
    }

    /** {@code public static int kvmRun(Abi abi)}: a switch with ABIs of one number grouped. */
    private static MethodSpec method(InterfacePlan plan, int index) {
        IoctlDecl ioctl = plan.decl().ioctls().get(index);
        Map<String, List<String>> byNumber = new LinkedHashMap<>();
        for (Abi abi : Abi.values()) {
            String literal = IoctlMembers.literal(plan.numbers(abi).get(index));
            byNumber.computeIfAbsent(literal, k -> new ArrayList<>()).add(abi.name());
        }
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (abi) {\n$>");
        for (Map.Entry<String, List<String>> entry : byNumber.entrySet()) {
            List<CodeBlock> labels = new ArrayList<>();
            entry.getValue().forEach(abi -> labels.add(CodeBlock.of("$L", abi)));
            body.add("case $L ->$W$L;\n", CodeBlock.join(labels, ",$W"), entry.getKey());
        }
        body.add("$<};\n");
        return MethodSpec.methodBuilder(ioctl.methodName())
                .addJavadoc("The number of {@code $L}, {@code $L}, under {@code abi}.\n",
                        ioctl.name(), ioctl.macroCall(""))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(int.class)
                .addParameter(Abi.class, "abi")
                .addCode(body.build())
                .build();
    }
}
