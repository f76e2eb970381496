/**
 * The plan stage: turns a validated declaration into one immutable plan holding every fact its
 * outputs need (layouts, member slots, zeroed bytes, ioctl numbers, compat diffs and
 * conversions), computed once. Pure Java: no {@code javax}, no JavaPoet, no reading.
 */
package org.abistruct.processor.plan;
