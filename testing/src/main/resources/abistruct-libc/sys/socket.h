/*
 * The one thing linux/if.h takes from the C library's <sys/socket.h>: struct sockaddr, as
 * glibc and musl define it. The cross toolchains here carry the kernel's headers but no C
 * library, and linux/if.h is checked freestanding.
 */
#ifndef ABISTRUCT_TEST_SYS_SOCKET_H
#define ABISTRUCT_TEST_SYS_SOCKET_H
#include <linux/socket.h>
struct sockaddr {
    __kernel_sa_family_t sa_family;
    char sa_data[14];
};
#endif
