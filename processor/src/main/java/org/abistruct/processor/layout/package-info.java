/**
 * The layout engine and the ABI tables it reads (scalar rules, ioctl encodings, compat pairs):
 * pure Java over the model. No {@code javax}, no JavaPoet, no diagnostics.
 */
package org.abistruct.processor.layout;
