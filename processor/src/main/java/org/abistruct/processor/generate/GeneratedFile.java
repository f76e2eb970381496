package org.abistruct.processor.generate;

import com.palantir.javapoet.TypeSpec;
import java.util.Objects;

/** A file a generator makes, which the processor's one writer writes. */
public sealed interface GeneratedFile {
    /**
     * A Java source of one top-level type, still open so that the writer adds its
     * {@code @Generated} annotation (a built record type cannot be rebuilt with its components).
     */
    record JavaSource(String packageName, TypeSpec.Builder type) implements GeneratedFile {
        public JavaSource {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A text resource of the class output, such as {@code abistruct/kvm_dirty_tlb.h}. */
    record Resource(String path, String text) implements GeneratedFile {
        public Resource {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }
    }
}
