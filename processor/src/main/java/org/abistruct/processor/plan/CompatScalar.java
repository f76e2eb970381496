package org.abistruct.processor.plan;

/**
 * One scalar type across a compat pair: its size and member alignment on the 32-bit user ABI,
 * and its member alignment on the 64-bit kernel ABI.
 */
public record CompatScalar(int userSize, int userAlign, int kernelAlign) {}
