package org.abistruct.importer;

/** A failure the importer reports to its user as one clear message, with no stack trace. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }
}
