package dev.precis.dedup;

import dev.precis.text.HashMix;
import java.util.Arrays;

/**
 * The LSH buckets: for every band of a representative's MinHash signature, which representatives
 * have that band. Only representatives are stored (a new article is verified against group
 * representatives, never against every member), so 100,000 copies of one text cost one entry per
 * band, not a bucket of 100,000.
 *
 * <p>Primitive arrays instead of a {@code Map<Long, List<Integer>>}: a table of 100,000
 * representatives x 64 bands is 6.4 million entries, which boxed would need about a gigabyte. An
 * open-addressing table maps a band's hash to the newest entry of its bucket; entries chain to
 * older ones. Not thread-safe.
 */
final class BandTable {
  /** Entries read per bucket at most: a bucket this full holds texts too common to tell apart. */
  static final int MAX_BUCKET_SCAN = 64;

  private final int bands;
  private final int rows;
  private long[] keys = new long[1024];
  private int[] heads = new int[1024];
  private int used;
  private int[] entryRep = new int[1024];
  private int[] entryNext = new int[1024];
  private int entries;

  BandTable(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  void insert(int[] signature, int rep) {
    for (int band = 0; band < bands; band++) {
      long key = key(signature, band);
      int slot = slot(key);
      if (keys[slot] == 0) {
        keys[slot] = key;
        heads[slot] = -1;
        used++;
      }
      if (entries == entryRep.length) {
        entryRep = Arrays.copyOf(entryRep, entries * 2);
        entryNext = Arrays.copyOf(entryNext, entries * 2);
      }
      entryRep[entries] = rep;
      entryNext[entries] = heads[slot];
      heads[slot] = entries++;
      if (used * 2 > keys.length) {
        grow();
      }
    }
  }

  /**
   * Calls {@code sink} once per band and stored representative sharing that band with the
   * signature, newest first within a bucket.
   */
  void forEachCandidate(int[] signature, java.util.function.IntConsumer sink) {
    for (int band = 0; band < bands; band++) {
      long key = key(signature, band);
      int slot = slot(key);
      int scanned = 0;
      for (int e = keys[slot] == 0 ? -1 : heads[slot]; e >= 0 && scanned < MAX_BUCKET_SCAN;
          e = entryNext[e], scanned++) {
        sink.accept(entryRep[e]);
      }
    }
  }

  /** The key of every band of a signature, as {@link #insert} files them. */
  long[] keys(int[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = key(signature, band);
    }
    return keys;
  }

  /** A band's key: its rows and its number hashed together; never 0, which marks a free slot. */
  private long key(int[] signature, int band) {
    long h = 0x9e3779b97f4a7c15L * (band + 1);
    int from = band * rows;
    for (int r = from; r < from + rows; r++) {
      h = HashMix.mix(h ^ (signature[r] & 0xffffffffL));
    }
    return h == 0 ? 1 : h;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }
}
