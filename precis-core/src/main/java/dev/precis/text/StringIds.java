package dev.precis.text;

/**
 * Numbers distinct {@code String} keys 0, 1, 2, ... in the order they are first seen, and gives a
 * key back by its id: what a {@code Map<String, Integer>} with {@code computeIfAbsent(key, k ->
 * map.size())} and a list of the keys do, without a boxed id and a map node per key (a cluster's
 * terms and stems are looked up once per word).
 *
 * <pre>{@code
 * StringIds stems = new StringIds(1024);
 * stems.idOf("flood");   // 0
 * stems.idOf("river");   // 1
 * stems.idOf("flood");   // 0 again
 * stems.key(1);          // "river"
 * stems.size();          // 2
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class StringIds {
  /** Slot to its key's id plus one; 0 marks an empty slot. */
  private int[] ids;
  private String[] slotKeys;
  /** Id to key. */
  private String[] keys;
  private int size;

  /** @param expected about how many keys there will be (the table grows past it) */
  StringIds(int expected) {
    int capacity = LongIds.slotsFor(expected);
    ids = new int[capacity];
    slotKeys = new String[capacity];
    keys = new String[Math.max(16, capacity / 4)];
  }

  /** The id of {@code key}: the one it was given, or the next one if it is new. */
  int idOf(String key) {
    int mask = ids.length - 1;
    int hash = key.hashCode();
    int slot = HashMix.mix32(hash) & mask;
    while (ids[slot] != 0) {
      String known = slotKeys[slot];
      if (known == key || known.hashCode() == hash && known.equals(key)) {
        return ids[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    slotKeys[slot] = key;
    ids[slot] = size + 1;
    if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, 2 * size);
    }
    keys[size++] = key;
    if (2 * size > ids.length) {
      grow();
    }
    return size - 1;
  }

  /** The key numbered {@code id}. */
  String key(int id) {
    java.util.Objects.checkIndex(id, size);
    return keys[id];
  }

  /** How many distinct keys have been seen. */
  int size() {
    return size;
  }

  private void grow() {
    int[] oldIds = ids;
    String[] oldKeys = slotKeys;
    ids = new int[oldIds.length * 2];
    slotKeys = new String[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int s = 0; s < oldIds.length; s++) {
      if (oldIds[s] != 0) {
        int slot = HashMix.mix32(oldKeys[s].hashCode()) & mask;
        while (ids[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[s];
        slotKeys[slot] = oldKeys[s];
      }
    }
  }
}
