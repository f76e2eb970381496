package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     */
    CodeBlock constant(StructLayout layout, String suffix, TypeName type, CodeBlock value) {
        return CodeBlock.of("$N", name(layout, suffix, type, value));
    }

    /** The constants, in the order they were first asked for. */
    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    private String name(StructLayout layout, String suffix, TypeName type, CodeBlock value) {
        String key = suffix + value;
        String name = names.get(key);
        if (name == null) {
            name = layout.abi().name() + suffix;
            names.put(key, name);
            fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer(value).build());
        }
        return name;
    }
}
