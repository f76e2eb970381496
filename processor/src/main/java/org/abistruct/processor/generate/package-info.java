/**
 * The generation stage: one package per output, each a {@link
 * org.abistruct.processor.generate.Generator} from a plan to files. Generators read plans only:
 * no reading stage, no layout engine, no ioctl encoder, no {@code Filer}.
 */
package org.abistruct.processor.generate;
