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
 * runtime's {@code BufferAccess} and {@code CompatCopy} with the record's size, byte order and word size, which the JIT sees as
 * constants of each ABI's layout; the buffer's own order, position and limit never matter and
 * never change.
 */
public final class ByteBufferBackend implements MemoryBackend {
    private static final String BUF = "buf";
    private static final ClassName ACCESS =
            ClassName.get("org.abistruct.runtime", "BufferAccess");
    private static final ClassName COPY = ClassName.get("org.abistruct.runtime", "CompatCopy");

    @Override
    public TypeName memoryType() {
        return ClassName.get(ByteBuffer.class);
    }

    @Override
    public String memory() {
        return BUF;
    }

    @Override
    public TypeName offsetType() {
        return TypeName.INT;
    }

    @Override
    public CodeBlock checked() {
        return CodeBlock.of("$T.check($N, $N, $N)", ACCESS, BUF, OFFSET, SIZE);
    }

    @Override
    public CodeBlock checkedFor(ScalarKind kind) {
        return CodeBlock.of("$T.check($L, $L)", ACCESS, struct(), width(kind));
    }

    @Override
    public CodeBlock load(ScalarKind kind, CodeBlock at) {
        return RuntimeCalls.load(ACCESS, struct(), kind, at);
    }

    @Override
    public CodeBlock store(ScalarKind kind, CodeBlock at, String value, String member) {
        return RuntimeCalls.store(ACCESS, struct(), kind, at, value, member);
    }

    @Override
    public CodeBlock capacity(CodeBlock at, CodeBlock stride) {
        return CodeBlock.of("$T.capacity($N, $N, $L, $L)", ACCESS, BUF, OFFSET, at, stride);
    }

    @Override
    public CodeBlock zero(CodeBlock padding, CodeBlock at) {
        return CodeBlock.of("$L.zero($N, $L)", padding, BUF, at);
    }

    @Override
    public CodeBlock elementOffset(String arrayOffset, String index, CodeBlock size) {
        return CodeBlock.of("$T.elementOffset($N, $N, $L)", ACCESS, arrayOffset, index, size);
    }

    @Override
    public CodeBlock sizeWith(CodeBlock size, CodeBlock at, CodeBlock count, CodeBlock stride) {
        return CodeBlock.of("$T.sizeWith($L, $L, $L, $L)", ACCESS, size, at, count, stride);
    }

    @Override
    public ClassName compatCopy() {
        return COPY;
    }

    /** {@code buf, offset, size}: the struct the runtime checks before the access. */
    private static CodeBlock struct() {
        return CodeBlock.of("$N, $N, $N", BUF, OFFSET, SIZE);
    }


    /** The bytes the runtime accesses for the kind: {@code wordSize} for a word. */
    private static CodeBlock width(ScalarKind kind) {
        return kind.abiSized() ? CodeBlock.of("$N", WORD_SIZE)
                : CodeBlock.of("$L", kind.fixedSize());
    }
}
