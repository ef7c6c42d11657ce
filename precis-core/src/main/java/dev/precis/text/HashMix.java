package dev.precis.text;

/**
 * Bit mixers for the hashes the project makes itself (duplicate fingerprints, MinHash bands, the
 * furniture features' word hashes): each spreads every input bit over every output bit, so a hash's
 * low bits can index a table and two hashes can be compared as the values they stand for.
 *
 * <pre>{@code
 * long h = HashMix.mix(key);                     // 64 bits in, 64 well-mixed bits out
 * long word = HashMix.of("ferry", 0, 5);         // a string's characters, FNV-1a then mixed
 * }</pre>
 */
public final class HashMix {
  /** FNV-1a's 64-bit offset basis: the hash of no characters, before {@link #mix}. */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  /** FNV-1a's 64-bit prime. */
  private static final long FNV_PRIME = 0x100000001b3L;

  private HashMix() {}

  /** MurmurHash3's 64-bit finaliser. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** MurmurHash3's 32-bit finaliser. */
  public static int mix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The characters {@code s[from, to)} hashed by FNV-1a (64 bits), then {@link #mix}ed. */
  public static long of(String s, int from, int to) {
    long h = FNV_OFFSET;
    for (int k = from; k < to; k++) {
      h = step(h, s.charAt(k));
    }
    return mix(h);
  }

  /**
   * One character into an FNV-1a hash under way ({@link #FNV_OFFSET} before the first): for a
   * caller that hashes words as it reads them, the same as {@link #of} before its {@link #mix}.
   */
  static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }
}
