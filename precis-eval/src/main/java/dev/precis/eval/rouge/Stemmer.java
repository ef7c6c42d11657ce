package dev.precis.eval.rouge;

/**
 * ROUGE-1.5.5's {@code -m}: a word longer than three characters becomes its WordNet 2.0 base form
 * when it is an irregular inflection, else its Porter stem; shorter words stay as they are.
 *
 * <p>News text repeats a small vocabulary, so stems are kept in a fixed-size cache: memory stays
 * bounded however much text is scored, and the Porter rules run about once per distinct word.
 * Entries are immutable, so threads may share the cache without locking; a lost race only costs a
 * recomputation.
 */
final class Stemmer {
  private static final int CACHE_SIZE = 1 << 15;

  private record Entry(String word, String stem) {}

  private final Entry[] cache = new Entry[CACHE_SIZE];

  String stem(String token) {
    if (token.length() <= 3) {
      return token;
    }
    int slot = (token.hashCode() * 0x9E3779B9) >>> (32 - 15);
    Entry entry = cache[slot];
    if (entry != null && entry.word.equals(token)) {
      return entry.stem;
    }
    String exception = WordLists.WORDNET_EXCEPTIONS.get(token);
    String stem = exception != null ? exception : PorterStemmer.stem(token);
    cache[slot] = new Entry(token, stem);
    return stem;
  }
}
