package dev.precis.text;

/**
 * Counts white-space separated words, as ROUGE-1.5.5's {@code -l} cut and our budgets do. It takes
 * a {@code String}, not any {@code CharSequence}: a character read through the interface is a call
 * that the launcher's quick-starting JIT does not inline, and every sentence is counted.
 */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    return upTo(text, Integer.MAX_VALUE);
  }

  /**
   * The word count, or {@code limit} when there are at least that many: the scan stops there. For
   * tests such as "more than 25 words" on a paragraph, which need not count the whole of it.
   */
  public static int upTo(String text, int limit) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count < limit; i++) {
      boolean space = CharClass.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
