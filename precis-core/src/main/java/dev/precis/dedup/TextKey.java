package dev.precis.dedup;

import dev.precis.text.CharClass;
import dev.precis.text.HashMix;

/**
 * The exact-duplicate key of a text: a 128-bit hash of its normalized form (lower case, letters and
 * digits only, every other run of characters one space), and that form's length.
 *
 * <p>Two independent 64-bit hashes make a false match between two different texts a 2^-128 event;
 * the normalized text itself is never built, so keying 100,000 articles allocates nothing per
 * character.
 *
 * @param high first hash (FNV-1a, finalised)
 * @param low second hash (a polynomial hash with another multiplier, finalised)
 * @param length letters and digits in the text: how long an article is when choosing which copy to
 *     keep
 */
record TextKey(long high, long low, int length) {

  static TextKey of(String text) {
    long h1 = 0xcbf29ce484222325L;
    long h2 = 0x9e3779b97f4a7c15L;
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CharClass.isLetterOrDigit(c)) {
        if (pendingSpace && length > 0) {
          h1 = (h1 ^ ' ') * 0x100000001b3L;
          h2 = h2 * 0xc6a4a7935bd1e995L + ' ';
        }
        pendingSpace = false;
        char lower = Character.toLowerCase(c);
        h1 = (h1 ^ lower) * 0x100000001b3L;
        h2 = h2 * 0xc6a4a7935bd1e995L + lower;
        length++;
      } else {
        pendingSpace = true;
      }
    }
    return new TextKey(HashMix.mix(h1), HashMix.mix(h2 ^ length), length);
  }

  /** Whether two keys name the same normalized text (the length is part of it, not extra). */
  boolean sameText(TextKey other) {
    return high == other.high && low == other.low && length == other.length;
  }
}
