package dev.precis.text;

import java.util.function.Function;

/**
 * Each word's term and stem, remembered for the words read so far: a bounded table that threads
 * read and write without locks.
 *
 * <p>Why: every stage asks for the term or the stem of the words it reads (the duplicate
 * profiles and the paraphrase features at every occurrence, the text pipeline once per word of a
 * cluster), and a news vocabulary repeats from cluster to cluster. A {@code ConcurrentHashMap}
 * answers through an acquiring read of its bucket, which the quick-starting C1 compiler that
 * short commands run on does not turn into a plain load; here an answer is a plain array read and
 * one comparison with a word that is mostly the very instance stored ({@link WordTable}).
 *
 * <p>An entry is immutable and a term is a pure function of its word, so a data race costs at
 * most a second computation, never a wrong answer. A word that finds its slots taken replaces the
 * first, so the table never holds more entries than it has slots (it bounds their number, not the
length of the words in them) and a long-running service keeps what it reads now.
 *
 * <pre>{@code
 * WordTerms known = new WordTerms(word -> new WordTerms.Entry(word, term(word), stem(word)));
 * known.of("floods").stem(); // "flood", computed once
 * }</pre>
 */
final class WordTerms {
  /** A word with its term (null when it has none) and its stem. */
  record Entry(String word, String term, String stem) {}

  private static final int SLOTS = 1 << 16;
  private static final int PROBES = 8;
  private final Entry[] table = new Entry[SLOTS];
  private final Function<String, Entry> compute;

  /** @param compute the entry of a word not yet in the table */
  WordTerms(Function<String, Entry> compute) {
    this.compute = compute;
  }

  /** The entry of {@code word}, computed the first time it is asked for. */
  Entry of(String word) {
    int hash = word.hashCode();
    int home = HashMix.mix32(hash) & (SLOTS - 1);
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      Entry known = table[slot];
      if (known == null) {
        return keep(slot, word);
      }
      String w = known.word();
      if (w == word || w.hashCode() == hash && w.equals(word)) {
        return known;
      }
    }
    return keep(home, word);
  }

  private Entry keep(int slot, String word) {
    Entry entry = compute.apply(word);
    table[slot] = entry;
    return entry;
  }
}
