package dev.precis.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short excerpts of article text around the first word of a search, for result lists. */
final class Snippets {
  static final int LENGTH = 220;

  private Snippets() {}

  static String around(String text, String query) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String word : words(query)) {
      int i = lower.indexOf(word);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    int start = at < 0 ? 0 : Math.max(0, at - LENGTH / 3);
    // start and end at word boundaries, so the excerpt never begins mid-word
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(text.length(), start + LENGTH);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String excerpt = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "… " : "") + excerpt + (end < text.length() ? " …" : "");
  }

  /** The query's words of three letters or more, lower-cased, without Lucene's operators. */
  private static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3) {
        words.add(w);
      }
    }
    return words;
  }
}
