package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.StructLayout;

/**
 * The private constants of a layout record that its ABI constants share: each distinct layout
 * text and padding, named after the first ABI that has it ({@code X86_64_LAYOUT}). A value
 * that only one constant spells out is written in place instead. Memory layouts are each made by
 * a method of its own.
 */
final class SharedValues {
    private final Map<String, String> names = new HashMap<>();
    /** The initializer of each name, in the order they were first asked for. */
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();
    private final Map<String, String> methodNames = new HashMap<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    /**
     * The constant of {@code type} initialized to {@code value}, named after the ABI of the
     * first {@code layout} to ask for it and {@code suffix}, such as {@code X86_64_LAYOUT}.
     * Values are told apart by {@code key}, which determines {@code value}.
     */
    CodeBlock constant(StructLayout layout, String suffix, TypeName type, String key,
                       Function<String, CodeBlock> value) {
        return CodeBlock.of("$N", name(layout, suffix, type, key, value));
    }

    /**
     * A call of the private static method returning {@code value}, named after the ABI of the
     * first {@code layout} to ask for it: {@code memoryLayoutX86_64()}. One per distinct
     * {@code key}, so that values too large to build in the class's static initializer, all
     * ABIs together, are each built in a method of their own.
     */
    CodeBlock method(StructLayout layout, String prefix, TypeName type, String key,
                     Function<String, CodeBlock> value) {
        String name = methodNames.get(prefix + key);
        if (name == null) {
            name = prefix + layout.abi().name();
            methodNames.put(prefix + key, name);
            methods.add(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(type)
                    .addStatement("return $L", value.apply(key))
                    .build());
        }
        return CodeBlock.of("$N()", name);
    }

    /** The methods, in the order they were first asked for. */
    List<MethodSpec> methods() {
        return List.copyOf(methods);
    }

    /** Counts a use of {@code value} in the code, if it is one of these constants. */
    void use(CodeBlock value) {
        uses.merge(value.toString(), 1, Integer::sum);
    }

    /** {@code value}, or where it is a constant used once, the constant's initializer. */
    CodeBlock spelled(CodeBlock value) {
        FieldSpec field = fields.get(value.toString());
        return field != null && uses.getOrDefault(field.name(), 0) == 1
                ? field.initializer() : value;
    }

    /** The constants used more than once, in the order they were first asked for. */
    List<FieldSpec> fields() {
        List<FieldSpec> out = new ArrayList<>();
        fields.values().forEach(f -> {
            if (uses.getOrDefault(f.name(), 0) > 1) {
                out.add(f);
            }
        });
        return out;
    }

    private String name(StructLayout layout, String suffix, TypeName type, String key,
                        Function<String, CodeBlock> value) {
        String name = names.get(suffix + key);
        if (name == null) {
            name = layout.abi().name() + suffix;
            names.put(suffix + key, name);
            fields.put(name, FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer(value.apply(key)).build());
        }
        return name;
    }
}
