package org.abistruct.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one C library header uapi headers here need, {@code sys/socket.h} ({@code linux/if.h}
 * takes {@code struct sockaddr} from it), which the cross toolchains lack: a folder to add to
 * the include path.
 */
public final class LibcHeaders {
    private static final String SOCKET = "abistruct-libc/sys/socket.h";
    private static Path dir;

    private LibcHeaders() {}

    /** A folder holding {@code sys/socket.h}, copied out of this jar once. */
    public static synchronized Path directory() {
        if (dir == null) {
            try (InputStream in = LibcHeaders.class.getClassLoader().getResourceAsStream(SOCKET)) {
                if (in == null) {
                    throw new IllegalStateException(SOCKET + " is not on the class path");
                }
                Path folder = Files.createTempDirectory("abistruct-libc");
                folder.toFile().deleteOnExit(); // after what is inside: the last registered goes first
                Path sys = Files.createDirectories(folder.resolve("sys"));
                sys.toFile().deleteOnExit();
                Path socket = sys.resolve("socket.h");
                Files.copy(in, socket);
                socket.toFile().deleteOnExit();
                dir = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
