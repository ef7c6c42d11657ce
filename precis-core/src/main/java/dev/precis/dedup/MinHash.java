package dev.precis.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets, with fixed seeds so that a signature is the same in every
 * run and every process (a service and a batch job can compare theirs).
 *
 * <p>Function {@code i} is multiply-shift hashing, {@code (a_i * x + b_i) >>> 32} with {@code a_i}
 * odd: 2-universal on 32-bit shingle hashes, and a multiply and an add per shingle and function.
 */
final class MinHash {
  /** Fixed: changing it changes every signature (and so which pairs LSH proposes). */
  private static final long SEED = 0x5EED_D0C5_2026L;

  private final long[] a;
  private final long[] b;

  MinHash(int hashes) {
    SplittableRandom random = new SplittableRandom(SEED);
    a = new long[hashes];
    b = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  /** The signature of a non-empty set of shingle hashes. */
  int[] signature(int[] shingles) {
    long[] xs = new long[shingles.length];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = shingles[k] & 0xffffffffL;
    }
    int[] sig = new int[a.length];
    // function by function, so that its multiplier, offset and minimum stay in registers: the
    // command line's quick JIT does not keep them there across the other loop order
    for (int i = 0; i < sig.length; i++) {
      long ai = a[i];
      long bi = b[i];
      int min = Integer.MAX_VALUE;
      for (long x : xs) {
        // unsigned comparison through a shift into the non-negative range
        int v = (int) ((ai * x + bi) >>> 33);
        if (v < min) {
          min = v;
        }
      }
      sig[i] = min;
    }
    return sig;
  }
}
