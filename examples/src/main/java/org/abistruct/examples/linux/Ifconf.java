package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Compat;
import org.abistruct.Pointer;

/**
 * {@code struct ifconf} of {@code linux/if.h}: a buffer of {@code struct ifreq} that
 * {@code SIOCGIFCONF} fills with the interfaces and their addresses. Its union of two pointers
 * is declared as the one pointer it is.
 */
@AbiStruct(name = "ifconf", compat = Compat.GENERATE)
public record Ifconf(@CName("ifc_len") int ifcLen, @CName("ifc_ifcu") @Pointer long ifcBuf) {}
