/**
 * The validation stage: checks declarations, and the plans of clean ones, into reports of
 * diagnostics with their fix hints; never prints from inside. It writes no file and computes no
 * layout fact the plan holds.
 */
package org.abistruct.processor.validate;
