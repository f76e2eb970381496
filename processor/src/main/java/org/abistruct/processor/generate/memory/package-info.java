/**
 * The memory backends of generated code: how accessors and converters check bounds, load and
 * store scalars, zero padding and copy, over one kind of memory each. Nothing else in the
 * generators names a memory type or a runtime helper.
 */
package org.abistruct.processor.generate.memory;
