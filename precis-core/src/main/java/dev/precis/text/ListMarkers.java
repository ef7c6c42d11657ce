package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The stage that takes a list's marker off the front of a sentence: "_ Most products bought from
 * 1997 on should be Y2K compliant." (wire copy's bullet), "• In North Texas ...", "* AP - ...",
 * "-- Miami beat No. 1 Florida State ...". The marker sets a line in its page's list; quoted in a
 * summary it is a stray mark. The page's text stays as it was ({@link SentenceDraft#original}).
 *
 * <p>A marker counts when a space follows it (a hyphen or dash not before a number: "- 5 degrees"
 * keeps its sign), or, for a mark that is no hyphen and does not come again in the sentence, a
 * capital or an opening quotation mark ("_People ages 40 to 75 ..."): a hyphen glued to a word
 * or a number is as often its sign or part of it ("-5 degrees"), and a mark that comes again is
 * emphasis ("*Not* all ferries ran").
 *
 * <pre>{@code
 * ListMarkers.strip("_ Keep records."); // "Keep records."
 * }</pre>
 */
public final class ListMarkers implements SentenceStage {
  public static final ListMarkers STAGE = new ListMarkers();
  /** Longest first: "--" before "-". */
  private static final List<String> MARKERS =
      List.of("--", "\u2022", "\u00b7", "\u25aa", "\u2023", "_", "*", "\u2013", "-");

  private ListMarkers() {}

  @Override
  public List<SentenceDraft> apply(List<SentenceDraft> page) {
    List<SentenceDraft> out = new ArrayList<>(page.size());
    for (SentenceDraft s : page) {
      out.add(s.withText(strip(s.text())));
    }
    return out;
  }

  /** {@code sentence} without a list marker in front, or as it is when it has none. */
  public static String strip(String sentence) {
    for (String marker : MARKERS) {
      if (sentence.startsWith(marker) && sentence.length() > marker.length()) {
        char next = sentence.charAt(marker.length());
        boolean hyphen = marker.equals("-") || marker.equals("\u2013");
        boolean spaced = CharClass.isWhitespace(next) && !(hyphen && signed(sentence, marker));
        // a mark that comes again later is emphasis, "*Not* all ferries ran", "_The Times_ said"
        boolean glued = !hyphen && sentence.indexOf(marker, marker.length()) < 0
            && (CharClass.isUpperCase(next) || next == '"' || next == '\u201c' || next == '`');
        if (spaced || glued) {
          String rest = sentence.substring(marker.length()).strip();
          return Tokenizer.hasWord(rest) ? rest : sentence;
        }
        return sentence;
      }
    }
    return sentence;
  }

  /** Whether a spaced hyphen or dash stands before a number, its sign: "- 5 degrees". */
  private static boolean signed(String sentence, String marker) {
    String rest = sentence.substring(marker.length()).stripLeading();
    return !rest.isEmpty() && CharClass.isDigit(rest.charAt(0));
  }
}
