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
    int n = a.length;
    int[] sig = new int[n];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int s : shingles) {
      long x = s & 0xffffffffL;
      for (int i = 0; i < n; i++) {
        // unsigned comparison through a shift into the non-negative range
        int v = (int) ((a[i] * x + b[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }
}
