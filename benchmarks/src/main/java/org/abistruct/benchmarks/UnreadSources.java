package org.abistruct.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A file manager that hands javac an empty file for every source a processor generates: the
 * processor writes its whole text (counted here), javac runs its rounds over what it wrote, but
 * has no Java to compile. What a compile costs through it is the processor's own work, the floor
 * of any form of output that needs the same reading, checking and laying out.
 */
final class UnreadSources extends ForwardingJavaFileManager<JavaFileManager> {
    private long files;
    private long lines;

    UnreadSources(JavaFileManager delegate) {
        super(delegate);
    }

    long files() {
        return files;
    }

    long lines() {
        return lines;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className,
            JavaFileObject.Kind kind, FileObject sibling) throws IOException {
        return unread(location, kind,
                super.getJavaFileForOutput(location, className, kind, sibling));
    }

    /**
     * javac's Filer asks for files by this method on JDK 18 and later (it is not in the Java 17
     * API, so no {@code @Override}), and the forwarding class would pass it straight through.
     */
    public JavaFileObject getJavaFileForOutputForOriginatingFiles(Location location,
            String className, JavaFileObject.Kind kind, FileObject... originatingFiles)
            throws IOException {
        FileObject sibling = originatingFiles.length == 0 ? null : originatingFiles[0];
        return getJavaFileForOutput(location, className, kind, sibling);
    }

    private JavaFileObject unread(Location location, JavaFileObject.Kind kind,
            JavaFileObject file) {
        if (location != StandardLocation.SOURCE_OUTPUT || kind != JavaFileObject.Kind.SOURCE) {
            return file;
        }
        files++;
        return new ForwardingJavaFileObject<>(file) {
            @Override
            public Writer openWriter() {
                return new LineCounter();
            }

            @Override
            public OutputStream openOutputStream() {
                throw new UnsupportedOperationException("the processor writes text");
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "";
            }
        };
    }

    /** Counts the lines written and keeps nothing. */
    private final class LineCounter extends Writer {
        @Override
        public void write(char[] buf, int off, int len) {
            count(CharBuffer.wrap(buf), off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            count(s, off, len);
        }

        private void count(CharSequence text, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
