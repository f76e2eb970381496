package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmDirtyTlb;
import org.junit.jupiter.api.Test;

/** The kernel side of KVM_DIRTY_TLB, fed bitmaps written byte by byte. */
class DirtyTlbConsumerTest {

    private static final long BITMAP_AT = 0x7F00_0000L;

    private final BufferEntryArray entries =
            new BufferEntryArray(ByteBuffer.allocate(24 * 20), 0, 20, KvmBook3e206TlbEntryLayout.PPC32);
    private final Map<Long, byte[]> userPages = new HashMap<>();
    private final UserMemory memory = (address, length) -> {
        byte[] bytes = userPages.get(address);
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException("EFAULT at 0x" + Long.toHexString(address));
        }
        return bytes.clone();
    };
    private final RecordingShadow shadow = new RecordingShadow();

    /** 20 entries: a 64-bit bitmap, 8 bytes. */
    private void bitmap(int... bytes) {
        byte[] out = new byte[8];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        userPages.put(BITMAP_AT, out);
    }

    @Test
    void onlyDirtyEntriesAreReloaded() {
        entries.write(3, new KvmBook3e206TlbEntry(0, 0x8000_0100, 0x3000, 0x13000));
        entries.write(17, new KvmBook3e206TlbEntry(0, 0x8000_0800, 0xC000_0000L, 0));
        bitmap(0x08, 0x00, 0x02); // entry 3: byte 0 bit 3; entry 17: byte 2 bit 1
        DirtyOutcome outcome = new DirtyTlbConsumer(8).consume(new KvmDirtyTlb(BITMAP_AT, 2), memory, entries, shadow);
        assertEquals(new DirtyOutcome.Reloaded(List.of(3, 17)), outcome);
        assertEquals(List.of(
                "reload 3 " + new KvmBook3e206TlbEntry(0, 0x8000_0100, 0x3000, 0x13000),
                "reload 17 " + new KvmBook3e206TlbEntry(0, 0x8000_0800, 0xC000_0000L, 0)), shadow.calls);
    }

    @Test
    void aNumDirtyThatIsNotTheBitmapsWeightIsRejected() {
        bitmap(0x08, 0x00, 0x02);
        DirtyTlbConsumer consumer = new DirtyTlbConsumer(8);
        for (int numDirty : new int[] {0, 1, 3, -1}) {
            DirtyOutcome outcome = consumer.consume(new KvmDirtyTlb(BITMAP_AT, numDirty), memory, entries, shadow);
            DirtyOutcome.Rejected rejected = assertInstanceOf(DirtyOutcome.Rejected.class, outcome);
            assertEquals(DirtyRule.NUM_DIRTY_MISMATCH, rejected.rule());
        }
        assertTrue(shadow.calls.isEmpty(), "a rejected request touches nothing");
    }

    @Test
    void moreDirtyThanTheThresholdFlushesEverything() {
        bitmap(0x1F); // entries 0-4
        DirtyOutcome outcome = new DirtyTlbConsumer(4).consume(new KvmDirtyTlb(BITMAP_AT, 5), memory, entries, shadow);
        assertEquals(new DirtyOutcome.FlushedAll(5), outcome);
        assertEquals(List.of("flush"), shadow.calls);
    }

    @Test
    void exactlyTheThresholdIsStillReloadedOneByOne() {
        bitmap(0x0F); // entries 0-3
        DirtyOutcome outcome = new DirtyTlbConsumer(4).consume(new KvmDirtyTlb(BITMAP_AT, 4), memory, entries, shadow);
        assertEquals(new DirtyOutcome.Reloaded(List.of(0, 1, 2, 3)), outcome);
    }

    @Test
    void aBitPastTheLastEntryIsRejected() {
        bitmap(0x00, 0x00, 0x10); // bit 20: entries are 0-19
        DirtyOutcome outcome = new DirtyTlbConsumer(8).consume(new KvmDirtyTlb(BITMAP_AT, 1), memory, entries, shadow);
        assertEquals(DirtyRule.BIT_PAST_LAST_ENTRY, assertInstanceOf(DirtyOutcome.Rejected.class, outcome).rule());
        assertTrue(shadow.calls.isEmpty());
    }

    @Test
    void anEmptyRequestReloadsNothing() {
        bitmap();
        DirtyOutcome outcome = new DirtyTlbConsumer(0).consume(new KvmDirtyTlb(BITMAP_AT, 0), memory, entries, shadow);
        assertEquals(new DirtyOutcome.Reloaded(List.of()), outcome);
        assertTrue(shadow.calls.isEmpty());
    }

    @Test
    void trackerAndConsumerAgreeEndToEnd() {
        DirtyTracker tracker = new DirtyTracker(20);
        EntryArray tracked = tracker.tracking(entries);
        tracked.setMas2(6, 0x6000);
        tracked.setMas2(19, 0x19000);
        DirtyTlbRequest request = tracker.takeRequest(BITMAP_AT);
        userPages.put(BITMAP_AT, request.bitmap());
        DirtyOutcome outcome = new DirtyTlbConsumer(8).consume(request.argument(), memory, entries, shadow);
        assertEquals(new DirtyOutcome.Reloaded(List.of(6, 19)), outcome);
    }

    @Test
    void anUnmappedBitmapFaults() {
        assertThrows(IllegalArgumentException.class,
                () -> new DirtyTlbConsumer(8).consume(new KvmDirtyTlb(0xDEAD_0000L, 0), memory, entries, shadow));
    }

    /** Records what the consumer asked of the shadow TLB. */
    private static final class RecordingShadow implements ShadowTlb {
        final List<String> calls = new ArrayList<>();

        @Override
        public void reload(int index, KvmBook3e206TlbEntry entry) {
            calls.add("reload " + index + " " + entry);
        }

        @Override
        public void flushAll() {
            calls.add("flush");
        }
    }
}
