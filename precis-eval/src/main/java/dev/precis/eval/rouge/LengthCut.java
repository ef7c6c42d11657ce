package dev.precis.eval.rouge;

/**
 * ROUGE-1.5.5's {@code -l} and {@code -b} cuts. Whole sentences are kept while the running count
 * stays below the limit; the sentence that reaches it is cut and ends the summary. A cut is given
 * as the number of bytes kept of each leading sentence (a kept sentence is always a prefix of the
 * original).
 *
 * <p>Sentences are lower-cased UTF-8 bytes: perl reads the files as bytes, so {@code -b} counts
 * bytes and only ASCII white space separates words.
 */
final class LengthCut {
  private LengthCut() {}

  /** The cut 1.5.5 applies before counting n-grams, skip bigrams and the unigrams that clip LCS. */
  static int[] forNGrams(byte[][] sentences, int wordLimit, int byteLimit) {
    if (wordLimit > 0) {
      return byWords(sentences, wordLimit);
    }
    if (byteLimit > 0) {
      return byBytes(sentences, byteLimit);
    }
    return whole(sentences);
  }

  /**
   * The cut 1.5.5 applies to the sentences of ROUGE-L and ROUGE-W. With {@code -b} it differs from
   * {@link #forNGrams}: 1.5.5 never adds to its running byte count there, so every sentence shorter
   * than the limit is kept and only a single sentence at least as long as the limit ends the text.
   * The key confirms this; the unigram clipping of LCS hits still uses the proper cut.
   */
  static int[] forLcs(byte[][] sentences, int wordLimit, int byteLimit) {
    if (wordLimit > 0) {
      return byWords(sentences, wordLimit);
    }
    if (byteLimit > 0) {
      int n = 0;
      int[] kept = new int[sentences.length];
      for (byte[] s : sentences) {
        if (s.length < byteLimit) {
          kept[n++] = s.length;
        } else {
          kept[n++] = byteLimit;
          break;
        }
      }
      return java.util.Arrays.copyOf(kept, n);
    }
    return whole(sentences);
  }

  private static int[] whole(byte[][] sentences) {
    int[] kept = new int[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      kept[i] = sentences[i].length;
    }
    return kept;
  }

  private static int[] byWords(byte[][] sentences, int limit) {
    int[] kept = new int[sentences.length];
    int n = 0;
    int total = 0;
    for (byte[] s : sentences) {
      int words = perlSplitCount(s);
      if ((long) total + words < limit) {
        kept[n++] = s.length;
        total += words;
      } else {
        kept[n++] = prefixOfFields(s, limit - total);
        break;
      }
    }
    return java.util.Arrays.copyOf(kept, n);
  }

  private static int[] byBytes(byte[][] sentences, int limit) {
    int[] kept = new int[sentences.length];
    int n = 0;
    int total = 0;
    for (byte[] s : sentences) {
      if ((long) total + s.length < limit) {
        kept[n++] = s.length;
        total += s.length;
      } else {
        kept[n++] = limit - total;
        break;
      }
    }
    return java.util.Arrays.copyOf(kept, n);
  }

  /**
   * How many fields perl's {@code split(/\s+/, $s)} returns: the non-space runs, plus an empty
   * leading field when the sentence starts with white space (trailing empty fields are dropped).
   */
  static int perlSplitCount(byte[] s) {
    int runs = 0;
    boolean inRun = false;
    for (byte b : s) {
      boolean space = isPerlSpace(b);
      if (!space && !inRun) {
        runs++;
      }
      inRun = !space;
    }
    boolean leadingEmpty = s.length > 0 && isPerlSpace(s[0]);
    return runs + (leadingEmpty && runs > 0 ? 1 : 0);
  }

  /** Bytes up to the end of the first {@code fields} fields, counted as {@link #perlSplitCount}. */
  private static int prefixOfFields(byte[] s, int fields) {
    int seen = s.length > 0 && isPerlSpace(s[0]) ? 1 : 0;
    if (seen >= fields) {
      return 0;
    }
    boolean inRun = false;
    for (int i = 0; i < s.length; i++) {
      boolean space = isPerlSpace(s[i]);
      if (space && inRun && ++seen == fields) {
        return i;
      }
      inRun = !space;
    }
    return s.length;
  }

  /** Perl's {@code \s} on a byte string: space, tab, newline, vertical tab, form feed, return. */
  static boolean isPerlSpace(byte b) {
    return b == ' ' || (b >= 9 && b <= 13);
  }
}
