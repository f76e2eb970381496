package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code struct sockaddr_in}'s port and address as a user declares them: __be16 and __be32. */
class ByteOrderSourceTest {
    @Test
    void sockaddrInCompilesWithItsBigEndianMembers() {
        JavaFileObject src = Sources.of("SockaddrIn", "@AbiStruct(name = \"sockaddr_in\")",
                "public record SockaddrIn(@Unsigned short sinFamily,",
                "    @BigEndian @Unsigned short sinPort, @BigEndian @Unsigned int sinAddr,",
                "    @Length(8) byte[] sinZero) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("p.SockaddrInLayout").contentsAsUtf8String()
                .contains("BufferAccess.getShort(buf, offset, size, sinPortOffset, true)");
    }
}
