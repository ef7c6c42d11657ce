package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shortens an English sentence without changing what it claims: drops openers that only link it
 * to a neighbour ("However,", "In addition,"), short parentheticals ("(AP)", "(R-Mass.)"), and
 * optionally the trailing attribution of a reported fact (", officials said Tuesday."). Words
 * saved this way let a 100-word summary hold one more fact. A stage of the {@link TextPipeline}
 * for English; the page's text of each sentence stays as it was ({@link SentenceDraft#original}).
 *
 * <pre>{@code
 * new SentenceCompressor(false).compress("However, the union (ILWU) said it would strike.");
 * // "The union said it would strike."
 * }</pre>
 */
public final class SentenceCompressor implements SentenceStage {
  private static final Pattern LINKING_OPENER = Pattern.compile(
      "^(?:However|Meanwhile|In addition|Additionally|Also|Moreover|Furthermore|Still|Besides"
          + "|In fact|Indeed|Nevertheless|Nonetheless|Instead|Separately|Elsewhere|Earlier"
          + "|Similarly|Likewise|Therefore|Thus|But|And|So|Yet|Then),\\s+");
  private static final Pattern BARE_OPENER = Pattern.compile("^(?:But|And|So|Yet)\\s+(?=[a-z])");
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\((?:[^()]{1,60})\\)(?=[\\s,.;:])");
  private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
      ",\\s+(?:(?:[A-Z][\\w.'-]*|the|a|an|an?other|two|three|several|some|local|state|federal"
          + "|police|officials?|authorities|witnesses|experts|analysts|sources|reports?)"
          + "(?:\\s+[\\w.'-]+){0,6}\\s+(?:said|says|reported|told \\w+|announced|added)"
          + "|(?:said|says|according to)(?:\\s+[\\w.'-]+){1,7})"
          + "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
          + "|today|yesterday|last week|in a statement|in an interview))?\\s*\\.$");

  private final boolean dropAttributions;

  /** @param dropAttributions whether to drop a trailing ", officials said." as well */
  public SentenceCompressor(boolean dropAttributions) {
    this.dropAttributions = dropAttributions;
  }

  @Override
  public List<SentenceDraft> apply(List<SentenceDraft> page) {
    List<SentenceDraft> out = new ArrayList<>(page.size());
    for (SentenceDraft s : page) {
      out.add(s.withText(compress(s.text())));
    }
    return out;
  }

  /** The sentence shortened, or the sentence itself when nothing can go. */
  public String compress(String sentence) {
    String s = sentence;
    s = capitalizeAfter(s, LINKING_OPENER);
    s = capitalizeAfter(s, BARE_OPENER);
    // the patterns are tried only where their first character is: most sentences have neither
    if (s.indexOf('(') >= 0) {
      s = PARENTHETICAL.matcher(s).replaceAll("");
    }
    if (dropAttributions && s.indexOf(',') >= 0 && !containsQuotation(s)) {
      s = TRAILING_ATTRIBUTION.matcher(s).replaceFirst(".");
    }
    if (s.equals(sentence)) {
      return sentence;
    }
    // never return a stub: if compression ate most of the sentence, keep it whole
    return WordCount.upTo(s, 6) >= WordCount.upTo(sentence, 6) ? s : sentence;
  }

  private static String capitalizeAfter(String s, Pattern opener) {
    var m = opener.matcher(s);
    if (!m.lookingAt()) {
      return s;
    }
    String rest = s.substring(m.end());
    if (rest.isEmpty()) {
      return s;
    }
    return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  private static boolean containsQuotation(String s) {
    return s.indexOf('"') >= 0 || s.indexOf('\u201c') >= 0 || s.contains("``");
  }
}
