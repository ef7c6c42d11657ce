package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences, with rules for news text.
 *
 * <p>A period ends a sentence unless it belongs to a title ("Gen. Augusto Pinochet"), an initial
 * ("John F. Kennedy"), a month before a day ("Jan. 5"), or an abbreviation such as "U.S.", "p.m."
 * or "Inc." that is followed by a name rather than by a new sentence. Statistical splitters
 * (OpenNLP's among them) get exactly these wrong in news copy. A quotation that spans several
 * sentences stays whole when it closes within the paragraph, so a summary never quotes half of it.
 */
public final class SentenceSplitter {
  /** Never end a sentence: a name or number follows. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
      "adm", "prof", "rev", "st", "mt", "ft", "maj", "brig", "pvt", "cpl", "supt", "det", "insp",
      "atty", "pres", "no", "nos", "vs", "v", "hon", "messrs", "mme", "mlle", "fig", "vol", "pp",
      "art", "sec", "ch", "op", "ed", "approx", "dept", "univ", "ave", "blvd", "rd", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  /** End a sentence only when a typical sentence opener follows. */
  private static final Set<String> SOFT_ABBREVIATIONS = Set.of(
      "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "ariz", "calif",
      "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
      "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
      "wash", "wis", "wyo");
  /** A web address's last part, "NetgenShopper.Com": no sentence opens with it. */
  private static final Set<String> WEB_DOMAINS = Set.of("com", "org", "net", "gov", "edu");
  private static final Set<String> MONTHS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but",
      "and", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "as",
      "after", "before", "when", "while", "if", "although", "however", "meanwhile", "still",
      "yet", "so", "for", "officials", "police", "some", "many", "most", "no", "one", "two",
      "both", "all", "such", "what", "who", "why", "how", "then", "now", "last", "earlier",
      "later", "under", "with", "by", "from", "according", "since", "also", "not");

  private SentenceSplitter() {}

  /** Sentence spans within {@code text}, as [start, end) offsets with surrounding space trimmed. */
  public static List<int[]> split(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (isOpeningQuote(text, i)) {
        int close = closingQuote(text, i);
        if (close > 0) {
          i = close;
          // the quotation may itself end the sentence: He said: "It is over." Then ...
          int inner = close - (text.charAt(close - 1) == '\'' ? 3 : 2);
          char last = text.charAt(inner);
          if (last == '.' || last == '!' || last == '?' || isScriptEnd(last)) {
            int end = skipClosers(text, close);
            if (end >= n) {
              break;
            }
            if (CharClass.isUpperCase(text.charAt(end))
                || CharClass.isWhitespace(text.charAt(end)) && isBoundary(text, inner, end)) {
              spans.add(trim(text, start, end));
              start = skipSpace(text, end);
              i = start;
            }
          }
          continue;
        }
      }
      if (c == '.' || c == '!' || c == '?' || c == '\u2026' || isScriptEnd(c)) {
        int end = i + 1;
        while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!'
            || text.charAt(end) == '?' || isScriptEnd(text.charAt(end)))) {
          end++;
        }
        int afterPunct = end;
        end = skipClosers(text, end);
        if (end >= n) {
          break;
        }
        // web copy glues sentences after a closing quote (quake."The stress ...) or a word
        // (Mountain View.The robot ...)
        boolean glued = end > afterPunct && isQuoteMark(text.charAt(end - 1))
            && CharClass.isUpperCase(text.charAt(end))
            || isGluedAfterWord(text, i, end);
        // a danda ends a sentence whatever follows: Hindi copy often has no space after it
        boolean danda = c == '\u0964' || c == '\u0965';
        if (glued || danda || CharClass.isWhitespace(text.charAt(end)) && isBoundary(text, i, end)) {
          spans.add(trim(text, start, end));
          start = skipSpace(text, end);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < n) {
      int[] last = trim(text, start, n);
      if (last[1] > last[0]) {
        spans.add(last);
      }
    }
    return spans;
  }

  /** Whether a sentence ends as sentences do, not cut mid-way. */
  public static boolean isComplete(String sentence) {
    int end = sentence.length();
    while (end > 0 && isCloser(sentence.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = sentence.charAt(end - 1);
    return last == '.' || last == '!' || last == '?' || last == '\u2026' || isScriptEnd(last);
  }

  /**
   * Sentence ends of other scripts: the Devanagari danda and double danda (Hindi), the Arabic
   * question mark and full stop. (The Greek question mark is left out: it is the semicolon.)
   */
  private static boolean isScriptEnd(char c) {
    return c == '\u0964' || c == '\u0965' || c == '\u061f' || c == '\u06d4';
  }

  private static boolean isBoundary(String text, int punct, int after) {
    int next = skipSpace(text, after);
    if (next >= text.length()) {
      return true;
    }
    char nextChar = text.charAt(next);
    if (Character.isLowerCase(nextChar)) {
      return false;
    }
    if (text.charAt(punct) != '.') {
      return true;
    }
    String word = wordBefore(text, punct);
    if (!word.isEmpty() && word.chars().allMatch(ch -> ch >= '\u0966' && ch <= '\u096f')) {
      return false; // a Devanagari ordinal, "३." (Hindi ends its sentences with a danda)
    }
    String key = word.toLowerCase(Locale.ROOT);
    String nextWord = wordAt(text, next).toLowerCase(Locale.ROOT);
    boolean openerFollows = OPENERS.contains(nextWord) || isOpeningQuote(text, next);
    if (MONTHS.contains(key) && CharClass.isDigit(nextChar)) {
      return false;
    }
    if (TITLES.contains(key)) {
      return false;
    }
    if (word.length() == 1 && CharClass.isUpperCase(word.charAt(0))) {
      return openerFollows; // an initial, "John F. Kennedy"
    }
    if (SOFT_ABBREVIATIONS.contains(key) || word.indexOf('.') >= 0) {
      return openerFollows; // "U.S.", "p.m.", "Inc."
    }
    return true;
  }

  /**
   * Whether two sentences meet with no space between, as pages that lose their paragraph breaks
   * print them: "in Mountain View.The robot", "in the summer of 1953.In the letter", "a friend
   * tells PEOPLE.Douglas": a word of two or more letters or digits, its end mark, and a capitalised
   * word. A title or an abbreviation on either side of the mark ("St.Louis", "Calif.Gov",
   * "D-W.Va.") or an inner dot ("U.S.Army") keeps the text whole, and so do web addresses
   * ("NetgenShopper.Com", "http://www.WesternPrimary.org") and a capital not followed by a small
   * letter ("ASP.NET").
   */
  private static boolean isGluedAfterWord(String text, int punct, int next) {
    if (punct == 0 || next + 1 >= text.length() || !CharClass.isUpperCase(text.charAt(next))
        || !Character.isLowerCase(text.charAt(next + 1))
        || !CharClass.isLetterOrDigit(text.charAt(punct - 1))) {
      return false;
    }
    String word = wordBefore(text, punct);
    if (word.length() < 2 || word.indexOf('.') >= 0 || word.indexOf('/') >= 0
        || word.indexOf(':') >= 0 || word.indexOf('@') >= 0) {
      return false;
    }
    String key = word.toLowerCase(Locale.ROOT);
    String nextKey = wordAt(text, next).toLowerCase(Locale.ROOT);
    return !TITLES.contains(key) && !SOFT_ABBREVIATIONS.contains(key)
        && !SOFT_ABBREVIATIONS.contains(nextKey) && !WEB_DOMAINS.contains(nextKey);
  }

  /** The word right before a period at {@code punct}, inner dots kept ("U.S" for "U.S."). */
  private static String wordBefore(String text, int punct) {
    int s = punct;
    while (s > 0 && !CharClass.isWhitespace(text.charAt(s - 1)) && !isOpener(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, punct);
  }

  private static String wordAt(String text, int i) {
    int s = i;
    while (s < text.length() && !CharClass.isLetterOrDigit(text.charAt(s))
        && !CharClass.isWhitespace(text.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < text.length() && CharClass.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }

  private static boolean isOpener(char c) {
    return c == '(' || c == '[' || c == '"' || c == '\u201c' || c == '`' || c == '\'';
  }

  private static boolean isOpeningQuote(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201c') {
      return true;
    }
    if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
      return true;
    }
    // a straight quote opens when it starts a word
    return c == '"' && (i == 0 || CharClass.isWhitespace(text.charAt(i - 1))
        || text.charAt(i - 1) == '(')
        && i + 1 < text.length() && !CharClass.isWhitespace(text.charAt(i + 1));
  }

  /**
   * Where the quotation opened at {@code open} ends (index after its closing mark) when it closes
   * within 600 characters of this paragraph; otherwise 0, and the quote is split as plain text.
   */
  private static int closingQuote(String text, int open) {
    char c = text.charAt(open);
    int limit = Math.min(text.length(), open + 600);
    if (c == '`') {
      int close = text.indexOf("''", open + 2);
      return close > 0 && close < limit ? close + 2 : 0;
    }
    char closer = c == '\u201c' ? '\u201d' : '"';
    int close = text.indexOf(closer, open + 1);
    if (close < 0 || close >= limit) {
      return 0;
    }
    // a quotation that is a single sentence needs no protection; several, and it stays whole
    return close + 1;
  }

  private static int skipClosers(String text, int i) {
    while (i < text.length() && isCloser(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201d';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && CharClass.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && CharClass.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && CharClass.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }
}
