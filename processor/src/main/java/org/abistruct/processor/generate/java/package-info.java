/**
 * The Java output: each struct's layout record (per-ABI constants, accessors written once over
 * its components through a memory backend) and each ioctl interface's class of numbers. Reads
 * plans only; touches memory only through {@code generate.memory}.
 */
package org.abistruct.processor.generate.java;
