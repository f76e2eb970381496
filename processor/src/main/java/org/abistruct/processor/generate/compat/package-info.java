/**
 * The compat output: for structs declared {@code compat = GENERATE}, converters between the
 * layouts of each compat pair, written from the conversions the plan holds. Reads plans only;
 * touches memory only through {@code generate.memory}.
 */
package org.abistruct.processor.generate.compat;
