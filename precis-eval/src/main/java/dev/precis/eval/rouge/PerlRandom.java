package dev.precis.eval.rouge;

/**
 * Perl's {@code rand} after {@code srand(seed)}: the 48-bit linear congruential generator of
 * drand48, which perl has used on every platform since 5.20 (and glibc's drand48 before). Using
 * it makes our bootstrap draw the very samples 1.5.5 draws, so its confidence intervals and its
 * "Average" (a mean of bootstrap means) come out identical.
 */
final class PerlRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long INCREMENT = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  PerlRandom(long seed) {
    state = ((seed & 0xFFFF_FFFFL) << 16) + 0x330E;
  }

  /** Perl's {@code int(rand(n))}. */
  int nextIndex(int n) {
    state = (state * MULTIPLIER + INCREMENT) & MASK;
    return (int) (n * (state * 0x1.0p-48));
  }
}
