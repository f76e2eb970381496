package org.abistruct.examples.e500;

/**
 * The MAS register fields a shared TLB entry carries, as the Book3E 2.06 MMU (MAV 2.0 page
 * sizes) defines them and as KVM e500 and QEMU read them.
 *
 * <ul>
 *   <li>MAS1: V bit 31 ({@code 0x80000000}), IPROT bit 30, TID bits 16-29
 *       ({@code 0x3FFF0000}), TS bit 12 ({@code 0x1000}), TSIZE bits 7-11 ({@code 0xF80}).
 *   <li>Page bytes = 1 KiB &lt;&lt; TSIZE, so 4 KiB is TSIZE 2 ({@code BOOK3E_PAGESZ_4K}).
 *   <li>MAS2: EPN is every bit from 12 up. MAS7_3: the real page number is every bit from 12
 *       up (MAS7 above bit 32); bits 0-11 are MAS3's permission and user bits.
 * </ul>
 */
public final class MasFields {

    public static final int MAS1_VALID = 0x8000_0000;
    public static final int MAS1_IPROT = 0x4000_0000;
    public static final int MAS1_TID_SHIFT = 16;
    public static final int MAS1_TID_MASK = 0x3FFF_0000;
    public static final int MAS1_TS = 0x0000_1000;
    public static final int MAS1_TSIZE_SHIFT = 7;
    public static final int MAS1_TSIZE_MASK = 0x0000_0F80;
    /** TSIZE of a 4 KiB page, the only size TLB0 holds. */
    public static final int TSIZE_4K = 2;
    public static final long MAS2_EPN_MASK = ~0xFFFL;
    public static final long MAS7_3_RPN_MASK = ~0xFFFL;
    /** Largest TID, and so largest PID that can match a non-global entry. */
    public static final int MAX_TID = MAS1_TID_MASK >>> MAS1_TID_SHIFT;

    private MasFields() {}

    public static boolean valid(int mas1) {
        return (mas1 & MAS1_VALID) != 0;
    }

    public static int tid(int mas1) {
        return (mas1 & MAS1_TID_MASK) >>> MAS1_TID_SHIFT;
    }

    public static int ts(int mas1) {
        return (mas1 & MAS1_TS) != 0 ? 1 : 0;
    }

    public static int tsize(int mas1) {
        return (mas1 & MAS1_TSIZE_MASK) >>> MAS1_TSIZE_SHIFT;
    }

    /** Bytes of the page an entry maps: {@code 1 KiB << TSIZE}, at most 2^41. */
    public static long pageBytes(int mas1) {
        return 1024L << tsize(mas1);
    }

    /** A MAS1 value from its fields; throws when a field does not fit. */
    public static int mas1(boolean valid, int tid, int ts, int tsize) {
        if (tid < 0 || tid > MAX_TID || (ts != 0 && ts != 1) || tsize < 0 || tsize > 0x1F) {
            throw new IllegalArgumentException("MAS1 field out of range: tid " + tid + ", ts " + ts
                    + ", tsize " + tsize);
        }
        return (valid ? MAS1_VALID : 0) | (tid << MAS1_TID_SHIFT) | (ts != 0 ? MAS1_TS : 0)
                | (tsize << MAS1_TSIZE_SHIFT);
    }
}
