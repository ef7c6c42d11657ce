package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.util.Arrays;

/**
 * A multiset of n-grams (or skip bigrams) of one text as a sorted array of packed keys. Clipped
 * co-occurrence (the sum over grams of the smaller count) is then one merge of two sorted arrays:
 * no hashing and no boxing.
 */
final class GramCounts {
  /** Key of a skip-bigram "unigram" ({@code -u}): no real token id reaches this value. */
  private static final long NO_SECOND = 0xFFFF_FFFFL;

  private final long[] sortedKeys;

  private GramCounts(long[] keys) {
    Arrays.sort(keys);
    this.sortedKeys = keys;
  }

  /** Number of grams counted, 1.5.5's {@code _cn_}. */
  int total() {
    return sortedKeys.length;
  }

  /** The n-grams of {@code tokens}; token ids must be below {@link #maxVocabulary(int)}. */
  static GramCounts ngrams(int[] tokens, int n) {
    int count = Math.max(0, tokens.length - n + 1);
    long[] keys = new long[count];
    int bits = bitsPerToken(n);
    for (int i = 0; i < count; i++) {
      long key = 0;
      for (int k = 0; k < n; k++) {
        key = (key << bits) | tokens[i + k];
      }
      keys[i] = key;
    }
    return new GramCounts(keys);
  }

  /**
   * Skip bigrams as 1.5.5 counts them: pairs of tokens at most {@code gap} tokens apart (any
   * distance when negative), with {@code -u} each token on its own as well. 1.5.5's loop stops
   * before the last token, so the last token never counts as a unigram; we keep that.
   */
  static GramCounts skipBigrams(int[] tokens, int gap, boolean unigrams) {
    int n = tokens.length;
    long[] keys = new long[16];
    int size = 0;
    for (int i = 0; i < n - 1; i++) {
      int last = gap < 0 ? n - 1 : (int) Math.min(n - 1L, (long) i + gap + 1);
      int needed = size + (last - i) + 1;
      if (needed > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(needed, keys.length * 2));
      }
      long first = (long) tokens[i] << 32;
      if (unigrams) {
        keys[size++] = first | NO_SECOND;
      }
      for (int j = i + 1; j <= last; j++) {
        keys[size++] = first | tokens[j];
      }
    }
    return new GramCounts(Arrays.copyOf(keys, size));
  }

  /** Grams both texts share, each counted as often as the text holding fewer of it has it. */
  static int clippedHits(GramCounts model, GramCounts peer) {
    long[] a = model.sortedKeys;
    long[] b = peer.sortedKeys;
    int i = 0;
    int j = 0;
    int hits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        long key = a[i];
        int countA = 0;
        int countB = 0;
        while (i < a.length && a[i] == key) {
          i++;
          countA++;
        }
        while (j < b.length && b[j] == key) {
          j++;
          countB++;
        }
        hits += Math.min(countA, countB);
      }
    }
    return hits;
  }

  /** How many distinct tokens one topic may hold for n-grams of size n to pack into a long. */
  static long maxVocabulary(int n) {
    return 1L << Math.min(31, bitsPerToken(n));
  }

  static void checkVocabulary(int size, int n) {
    if (size > maxVocabulary(n)) {
      throw new PrecisException("ROUGE-" + n + " supports at most " + maxVocabulary(n)
          + " distinct words per peer and its models; this topic has " + size);
    }
  }

  private static int bitsPerToken(int n) {
    return n == 1 ? 32 : 64 / n;
  }
}
