package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.CChar;
import org.abistruct.CLong;
import org.abistruct.CName;
import org.abistruct.Compat;
import org.abistruct.Length;
import org.abistruct.Pointer;
import org.abistruct.Unsigned;

/**
 * {@code struct ifreq} of {@code linux/if.h}: an interface's name and one of its settings, as
 * {@code TUNSETIFF} takes it. 40 bytes on 64-bit ABIs, 32 on 32-bit ones (its union holds
 * {@code struct ifmap}, whose {@code unsigned long}s it converts under compat).
 */
@AbiStruct(name = "ifreq", compat = Compat.GENERATE)
public record Ifreq(@CName("ifr_name") @CChar @Length(16) byte[] ifrName,
                    @CName("ifr_ifru") Ifreq.Ifru ifrIfru) {

    /** The settings union, {@code ifr_ifru}: the members a VMM uses, and the largest. */
    @AbiUnion(name = "ifreq_ifru", tagless = true, compat = Compat.GENERATE)
    public record Ifru(@CName("ifru_flags") short ifruFlags,
                       @CName("ifru_ivalue") int ifruIvalue,
                       @CName("ifru_newname") @CChar @Length(16) byte[] ifruNewname,
                       @CName("ifru_data") @Pointer long ifruData,
                       @CName("ifru_map") Ifmap ifruMap) {}

    /** {@code struct ifmap}: a device's memory, I/O base and interrupt. */
    @AbiStruct(name = "ifmap", compat = Compat.GENERATE)
    public record Ifmap(@CName("mem_start") @Unsigned @CLong long memStart,
                        @CName("mem_end") @Unsigned @CLong long memEnd,
                        @CName("base_addr") @Unsigned short baseAddr,
                        @Unsigned byte irq, @Unsigned byte dma, @Unsigned byte port) {}
}
