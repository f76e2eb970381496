/**
 * Diagnostics: the catalogue of messages with their stable codes, reports that carry them with
 * their source positions, and the messager that places them. No checks of their own.
 */
package org.abistruct.processor.diag;
