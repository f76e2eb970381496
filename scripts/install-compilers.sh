#!/usr/bin/env bash
# Installs the reference GCC and the kernel headers of every ABI abistruct lays structs out for.
# Does nothing when all are present. Without root or apt-get it prints what to install, and
# fails only when CI=true.
set -euo pipefail

# triplet:debian-architecture, in the order of org.abistruct.Abi. SPARC32, S390, MIPS_N32,
# MIPS64 and RISCV32 are flags of the sparc64, s390x, mips and riscv64 compilers; HPPA64's
# kernel-only compiler uses hppa's kernel headers (architecture "-").
TARGETS="
i686-linux-gnu:i386
x86_64-linux-gnux32:x32
powerpc-linux-gnu:powerpc
powerpc64-linux-gnu:ppc64
powerpc64le-linux-gnu:ppc64el
arm-linux-gnueabi:armel
aarch64-linux-gnu:arm64
m68k-linux-gnu:m68k
s390x-linux-gnu:s390x
mips-linux-gnu:mips
riscv64-linux-gnu:riscv64
sparc64-linux-gnu:sparc64
sh4-linux-gnu:sh4
hppa-linux-gnu:hppa
hppa64-linux-gnu:-
alpha-linux-gnu:alpha
mipsel-linux-gnu:mipsel
arm-linux-gnueabihf:armhf
"

missing=()

# x86_64 is the host: the native compiler and linux-libc-dev serve.
if ! command -v x86_64-linux-gnu-gcc-12 >/dev/null && ! command -v gcc >/dev/null; then
    missing+=(gcc-12)
fi
if [ ! -f /usr/include/linux/types.h ]; then
    missing+=(linux-libc-dev)
fi

for entry in $TARGETS; do
    triplet=${entry%%:*}
    debarch=${entry##*:}
    if ! command -v "$triplet-gcc-12" >/dev/null && ! command -v "$triplet-gcc" >/dev/null; then
        missing+=("gcc-12-${triplet//_/-}")
    fi
    if [ "$debarch" != "-" ] && [ ! -f "/usr/$triplet/include/linux/types.h" ]; then
        missing+=("linux-libc-dev-$debarch-cross")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-compilers: every compiler and kernel header set present (24 ABIs)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "install-compilers: missing ${#missing[@]} packages; as root run:" \
         "apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "${CI:-}" = "true" ]; then
        exit 1
    fi
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
        >"$log" 2>&1; then
    tail -n 20 "$log"
    echo "install-compilers: apt-get could not install: ${missing[*]}"
    rm -f "$log"
    if [ "${CI:-}" = "true" ]; then
        exit 1
    fi
    exit 0
fi
rm -f "$log"
echo "install-compilers: installed ${#missing[@]} packages: ${missing[*]}"
