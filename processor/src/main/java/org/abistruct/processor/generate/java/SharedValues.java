package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.StructLayout;

/**
 * The private constants of a layout record that its ABI constants share: each distinct layout
 * text and padding once, named after the first ABI that has it ({@code X86_64_LAYOUT}).
 */
final class SharedValues {
    private final Map<String, String> names = new HashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();

    /**
     * The constant of {@code type} initialized to {@code value}, named after the ABI of the
     * first {@code layout} to ask for it and {@code suffix}, such as {@code X86_64_LAYOUT}.
     * Values are told apart by {@code key}, which determines {@code value}.
     */
    CodeBlock constant(StructLayout layout, String suffix, TypeName type, String key,
                       Function<String, CodeBlock> value) {
        return CodeBlock.of("$N", name(layout, suffix, type, key, value));
    }

    /** The constants, in the order they were first asked for. */
    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    private String name(StructLayout layout, String suffix, TypeName type, String key,
                        Function<String, CodeBlock> value) {
        String name = names.get(suffix + key);
        if (name == null) {
            name = layout.abi().name() + suffix;
            names.put(suffix + key, name);
            fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer(value.apply(key)).build());
        }
        return name;
    }
}
