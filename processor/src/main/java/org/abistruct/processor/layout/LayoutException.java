package org.abistruct.processor.layout;

/** A declaration the engine cannot lay out, such as one larger than a Java array can index. */
public final class LayoutException extends RuntimeException {
    public LayoutException(String message) {
        super(message);
    }
}
