/**
 * The orchestrator: the processor runs each type through read, validate, plan and generate,
 * and one writer owns the {@code Filer}. It holds no layout, check or output logic of its own.
 */
package org.abistruct.processor;
