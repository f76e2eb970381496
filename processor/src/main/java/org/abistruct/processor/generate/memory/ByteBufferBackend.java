package org.abistruct.processor.generate.memory;

import static org.abistruct.processor.generate.memory.RecordNames.OFFSET;
import static org.abistruct.processor.generate.memory.RecordNames.SIZE;
import static org.abistruct.processor.generate.memory.RecordNames.WORD_SIZE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.nio.ByteBuffer;
import org.abistruct.processor.model.ScalarKind;

/**
 * The {@link MemoryBackend} over a {@link ByteBuffer}, with {@code int} offsets: calls into the
 * runtime's {@code BufferAccess} and {@code CompatCopy} with the record's size, byte order
 * and word size, which the JIT sees as constants of each ABI's layout; the buffer's own order,
 * position and limit never matter and never change.
 */
public final class ByteBufferBackend extends RuntimeBackend {
    private static final String BUF = "buf";
    private static final ClassName COPY = ClassName.get("org.abistruct.runtime", "CompatCopy");
    private static final ClassName VALUES =
            ClassName.get("org.abistruct.runtime", "CompatValues");

    public ByteBufferBackend() {
        super(ClassName.get("org.abistruct.runtime", "BufferAccess"),
                ClassName.get("org.abistruct.runtime", "BufferArrays"), BUF);
    }

    @Override
    public boolean elementOffsetInherited() {
        return true;
    }

    @Override
    public TypeName memoryType() {
        return ClassName.get(ByteBuffer.class);
    }

    @Override
    public TypeName offsetType() {
        return TypeName.INT;
    }

    @Override
    public CodeBlock checked() {
        return CodeBlock.of("$T.check($N, $N, $N)", runtime, BUF, OFFSET, SIZE);
    }

    @Override
    public CodeBlock checkedFor(ScalarKind kind) {
        return CodeBlock.of("$T.check($L, $L)", runtime, struct(), width(kind));
    }

    @Override
    public CodeBlock zero(CodeBlock padding, CodeBlock at) {
        return CodeBlock.of("$L.zero($N, $L)", padding, BUF, at);
    }

    @Override
    public ClassName compatValues() {
        return VALUES;
    }

    @Override
    public ClassName compatCopy() {
        return COPY;
    }

    /** The bytes the runtime accesses for the kind: {@code wordSize} for a word. */
    private static CodeBlock width(ScalarKind kind) {
        return kind.abiSized() ? CodeBlock.of("$N", WORD_SIZE)
                : CodeBlock.of("$L", kind.fixedSize());
    }
}
