/**
 * The reading stage: the only code that touches {@code Element}s and {@code AnnotationMirror}s,
 * turning records into the plain model with their source positions beside it. It checks,
 * lays out and generates nothing.
 */
package org.abistruct.processor.read;
