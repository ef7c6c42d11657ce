package dev.precis.facts;

import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into {@link Token}s, keeping abbreviations ("U.S.", "Gen.", "Jan.") whole so
 * their periods neither split a name nor end a sentence.
 */
final class Tokenizer {

  /** Abbreviations whose period belongs to the word, besides titles and single initials. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Mt", "Ft", "No", "vs", "Bros", "Gov",
          "Lt", "Col", "Gen", "Sen", "Rep", "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Capt", "Sgt",
          "Adm", "Cmdr", "Maj", "Brig", "Messrs", "Dept", "Univ", "Ave", "Blvd");

  /** One string per ASCII character, for punctuation tokens: a text has one every few words. */
  private static final String[] ASCII_MARKS = new String[128];

  static {
    for (char c = 0; c < ASCII_MARKS.length; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
    }
  }

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5);
    boolean sentenceStart = true;
    boolean lineStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (CharClass.isWhitespace(c)) {
        if (c == '\n') {
          sentenceStart = true;
          lineStart = true;
        }
        i++;
        continue;
      }
      if (CharClass.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        int textEnd = end;
        boolean possessive = false;
        if (end - i > 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
          possessive = true;
          textEnd = end - 2;
        }
        String word = text.substring(i, textEnd);
        // an abbreviation's period never ends the sentence: "U.S." may, but far more often it
        // opens a name ("U.S. officials"), and a wrong sentence start costs more than a missed one
        if (!possessive && end < n && text.charAt(end) == '.' && isAbbreviation(word)) {
          end++;
          textEnd++;
          word = text.substring(i, textEnd);
        }
        tokens.add(new Token(word, i, end, true, sentenceStart, lineStart, possessive));
        sentenceStart = false;
        lineStart = false;
        i = end;
        continue;
      }
      String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
      tokens.add(new Token(mark, i, i + 1, false, sentenceStart, lineStart, false));
      lineStart = false;
      if (c == '.' || c == '!' || c == '?') {
        sentenceStart = true;
      } else if (!keepsSentenceStart(c)) {
        sentenceStart = false;
      }
      i++;
    }
    return tokens;
  }

  /**
   * Letters and digits, joined by apostrophes, hyphens and periods that sit between two of them
   * ("O'Brien", "al-Assad", "U.S", "3.5").
   */
  private static int wordEnd(String text, int start) {
    int i = start + 1;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (CharClass.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.')
          && i + 1 < n
          && CharClass.isLetterOrDigit(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isAbbreviation(String word) {
    if (word.length() == 1) {
      return CharClass.isUpperCase(word.charAt(0)); // an initial: "George W. Bush"
    }
    if (word.indexOf('.') > 0) {
      return true; // "U.S" of "U.S."
    }
    return ABBREVIATIONS.contains(word);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Quotes and brackets: the word after '." ' or '("' still starts its sentence. */
  private static boolean keepsSentenceStart(char c) {
    return c == '"' || c == '“' || c == '`' || c == '\'' || c == '‘' || c == '(' || c == '['
        || c == '”' || c == '’';
  }
}
