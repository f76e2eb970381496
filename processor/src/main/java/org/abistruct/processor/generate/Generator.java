package org.abistruct.processor.generate;

import java.util.List;

/**
 * One output of the processor: a pure function from a plan (a struct's or an interface's) to
 * the files it makes. It reads the plan and computes no layout fact of its own.
 */
public interface Generator<P> {
    /** The files of {@code plan}, none when this output does not apply to it. */
    List<GeneratedFile> generate(P plan);
}
