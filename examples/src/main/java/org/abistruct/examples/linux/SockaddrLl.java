package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct sockaddr_ll} of {@code linux/if_packet.h}: a packet socket's address, the
 * interface it is bound to. {@code sll_protocol} is a {@code __be16}, which its writer gives in
 * network byte order.
 */
@AbiStruct(name = "sockaddr_ll")
public record SockaddrLl(@Unsigned short sllFamily, @Unsigned short sllProtocol,
                         int sllIfindex, @Unsigned short sllHatype, @Unsigned byte sllPkttype,
                         @Unsigned byte sllHalen, @Length(8) @Unsigned byte[] sllAddr) {}
