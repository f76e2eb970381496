package org.abistruct.processor.generate.memory;

import static org.abistruct.processor.generate.memory.RecordNames.OFFSET;
import static org.abistruct.processor.generate.memory.RecordNames.SIZE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.abistruct.processor.model.ScalarKind;

/**
 * The {@link MemoryBackend} over a {@code java.lang.foreign.MemorySegment}, with {@code long}
 * offsets, for compiles at release 22 or later: calls into the runtime's {@code SegmentAccess}
 * (a release 22 entry of the annotations jar) with the record's size, byte order and word size,
 * which the JIT sees as constants of each ABI's layout.
 */
public final class SegmentBackend extends RuntimeBackend {
    /** The memory type. */
    public static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign",
            "MemorySegment");
    /** The runtime helper the generated code calls. */
    public static final ClassName ACCESS = ClassName.get("org.abistruct.runtime",
            "SegmentAccess");
    private static final String SEGMENT = "segment";

    public SegmentBackend() {
        super(ACCESS, ClassName.get("org.abistruct.runtime", "SegmentArrays"), SEGMENT);
    }

    @Override
    public TypeName memoryType() {
        return MEMORY_SEGMENT;
    }

    @Override
    public TypeName offsetType() {
        return TypeName.LONG;
    }

    @Override
    public CodeBlock checked() {
        return CodeBlock.of("$T.check($N, $N, $N)", ACCESS, SEGMENT, OFFSET, SIZE);
    }

    @Override
    public CodeBlock checkedFor(ScalarKind kind) {
        return checked();
    }

    @Override
    public CodeBlock zero(CodeBlock padding, CodeBlock at) {
        return CodeBlock.of("$T.zero($N, $L, $L)", ACCESS, SEGMENT, at, padding);
    }

    @Override
    public ClassName compatValues() {
        return compatCopy();
    }

    @Override
    public ClassName compatCopy() {
        return ACCESS;
    }
}
