package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into lower-cased word tokens.
 *
 * <p>Keeps together what news writes as one word: "U.S.", "al-Assad", "don't", "3,197", "AT&amp;T".
 * Lucene's standard tokenizer would break "U.S." into "u" and "s", and its English analyzer then
 * stems it into "u.s" / "us": news names need their dots.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!CharClass.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < n) {
        char d = text.charAt(i);
        if (CharClass.isLetterOrDigit(d) || CharClass.isCombiningMark(d)) {
          i++;
        } else if (isJoiner(d) && i + 1 < n && CharClass.isLetterOrDigit(text.charAt(i + 1))
            && (d != ',' || (CharClass.isDigit(text.charAt(i - 1))
                && CharClass.isDigit(text.charAt(i + 1))))) {
          i += 2;
        } else {
          break;
        }
      }
      // "U.S." and "a.m." keep their final dot: they are abbreviations, not sentence ends
      if (i < n && text.charAt(i) == '.' && isDottedAbbreviation(text, start, i)) {
        i++;
      }
      words.add(WordTable.word(text, start, i));
    }
    return words;
  }

  /** Whether {@link #words} finds a word in {@code text}: a letter or a digit anywhere. */
  static boolean hasWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (CharClass.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '&' || c == ',';
  }

  /** Single letters joined by dots: U.S, a.m, D.C. */
  private static boolean isDottedAbbreviation(String text, int start, int end) {
    int len = end - start;
    if (len < 3) {
      return false;
    }
    for (int k = start; k < end; k++) {
      boolean letterSlot = (k - start) % 2 == 0;
      char c = text.charAt(k);
      if (letterSlot ? !CharClass.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }
}
