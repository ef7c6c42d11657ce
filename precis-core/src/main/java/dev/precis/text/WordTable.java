package dev.precis.text;

import java.util.Locale;

/**
 * The lower-cased word that a stretch of text spells: what {@code text.substring(start,
 * end).toLowerCase(Locale.ROOT)} gives, most often as an instance already made for the same word
 * (for words of ASCII characters up to {@value #LONGEST} long), without copying the characters
 * again.
 *
 * <p>Why: every sentence is tokenized by several stages (duplicate profiles, the text pipeline,
 * paraphrase features), and each word then serves as the key of several hash tables (stop list,
 * term and stem caches, a cluster's term ids). A shared instance keeps its hash once computed and
 * is found equal to itself at once, where a fresh copy is hashed and compared character by
 * character at every look-up.
 *
 * <p>Thread-safe without locks: a slot is written without synchronization, and a {@code String}
 * is safe to read through a data race (its characters are final). Two threads writing one slot
 * cost one of them a copy later, never a wrong word. Sharing is therefore usual, not certain:
 * nothing may compare words by identity. The table is bounded: a word that finds its
 * slots taken replaces the first, so a long-running service keeps the words it reads now.
 *
 * <pre>{@code
 * String word = WordTable.word(sentence, start, end); // "Obama" -> "obama", the same instance
 * }</pre>
 */
final class WordTable {
  /** Longest word kept; longer ones are rare, and copied as before. */
  static final int LONGEST = 24;
  private static final int SLOTS = 1 << 16;
  private static final int PROBES = 4;
  private static final String[] TABLE = new String[SLOTS];

  private WordTable() {}

  /** {@code text.substring(start, end).toLowerCase(Locale.ROOT)}, shared when it can be. */
  static String word(String text, int start, int end) {
    int length = end - start;
    if (length > LONGEST) {
      return copy(text, start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // beyond ASCII, lower-casing is Locale.ROOT's to do (and may change the length: "İ"):
        // copied, never shared
        return copy(text, start, end);
      }
      hash = 31 * hash + lower(c);
    }
    // the lower-cased word's String.hashCode, which a shared instance keeps once computed
    int home = HashMix.mix32(hash) & (SLOTS - 1);
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      String known = TABLE[slot];
      if (known == null) {
        return keep(slot, text, start, end);
      }
      if (known.hashCode() == hash && spells(known, text, start, end)) {
        return known;
      }
    }
    return keep(home, text, start, end);
  }

  private static String keep(int slot, String text, int start, int end) {
    String word = copy(text, start, end);
    word.hashCode(); // computed before the word is shared, so that readers mostly find it computed
    TABLE[slot] = word;
    return word;
  }

  private static String copy(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static boolean spells(String word, String text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (word.charAt(i - start) != lower(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
