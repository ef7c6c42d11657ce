package dev.precis.text;

/** Counts white-space separated words, as ROUGE-1.5.5's {@code -l} cut and our budgets do. */
public final class WordCount {
  private WordCount() {}

  public static int of(CharSequence text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
