package dev.precis.text;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, ... in the order they are first seen: what a
 * {@code Map<Long, Integer>} with {@code computeIfAbsent(key, k -> map.size())} does, without a
 * boxed key and value for every look-up (a cluster's bigrams are looked up once per word).
 *
 * <pre>{@code
 * LongIds bigrams = new LongIds(1024);
 * bigrams.idOf(42L);   // 0
 * bigrams.idOf(7L);    // 1
 * bigrams.idOf(42L);   // 0 again
 * bigrams.size();      // 2
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class LongIds {
  private long[] keys;
  /** Slot to its key's id plus one; 0 marks an empty slot. */
  private int[] ids;
  private int size;

  /** @param expected about how many keys there will be (the table grows past it) */
  LongIds(int expected) {
    int capacity = slotsFor(expected);
    keys = new long[capacity];
    ids = new int[capacity];
  }

  /**
   * Slots for a table of this package's kind (open addressing, at most half full before it grows)
   * expecting about {@code expected} keys: the power of two at least twice that, between 32 and
   * 2^29 to begin with.
   */
  static int slotsFor(int expected) {
    return Integer.highestOneBit(Math.clamp(2L * expected - 1, 16, 1 << 28)) << 1;
  }

  /** The id of {@code key}: the one it was given, or the next one if it is new. */
  int idOf(long key) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (ids[slot] != 0) {
      if (keys[slot] == key) {
        return ids[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = ++size;
    if (2 * size > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** How many distinct keys have been seen. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldIds[s] != 0) {
        int slot = slot(oldKeys[s], mask);
        while (ids[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[s];
        ids[slot] = oldIds[s];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
