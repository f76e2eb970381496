/**
 * The C output: each struct's header (its definition, compat structs and per-ABI
 * {@code _Static_assert}s) and each ioctl interface's header of asserts. Reads plans only.
 */
package org.abistruct.processor.generate.cheader;
