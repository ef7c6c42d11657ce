package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the dateline off the story's first sentence once the furniture above it is known. Reading
 * an article ({@link StoryStart}) cuts a dateline from the first paragraph, and later only one of
 * the unmistakable kind ("WASHINGTON (AP) _"), since "NATO - The alliance met" is a sentence
 * there; but a page often opens with furniture that reads as prose ("You need the latest version
 * of the Adobe Flash Player to view the video. Download Now.", "5 PM EASTERN UPDATE: Adds D.C.
 * police response."), and then the story's real first paragraph kept "LONG BEACH - " or
 * "WASHINGTON — ". When the furniture stage has dropped everything before a paragraph, that
 * paragraph opens the story, and its dateline goes as the first paragraph's would. The page's
 * text stays as it was ({@link SentenceDraft#original}).
 *
 * <pre>{@code
 * // read: "Download Now." (dropped as furniture), "WASHINGTON — The politics of Twitter ..."
 * LeadDateline.cut(read, kept); // the kept lead quotes "The politics of Twitter ..."
 * }</pre>
 */
public final class LeadDateline {
  private LeadDateline() {}

  /**
   * {@code kept}, its first sentence without its dateline when it opens its paragraph and every
   * sentence {@code read} has before it was dropped; otherwise {@code kept} itself.
   *
   * @param read the page's sentences as read, before the furniture stage
   * @param kept what the furniture stage kept of them, in page order
   */
  public static List<SentenceDraft> cut(List<SentenceDraft> read, List<SentenceDraft> kept) {
    if (kept.isEmpty()) {
      return kept;
    }
    SentenceDraft lead = kept.get(0);
    int at = 0;
    while (at < read.size() && read.get(at).start() != lead.start()) {
      at++;
    }
    // at 0 the story opens the page as read, and reading has cut what dateline it could
    if (at == 0 || at == read.size() || read.get(at - 1).paragraph() == lead.paragraph()) {
      return kept;
    }
    int dateline = BoilerplateFilter.datelineLength(lead.text());
    String rest = lead.text().substring(dateline).strip();
    if (dateline == 0 || !placeLike(lead.text().substring(0, dateline))
        || !Tokenizer.hasWord(rest)) {
      return kept;
    }
    List<SentenceDraft> out = new ArrayList<>(kept);
    out.set(0, lead.withText(rest));
    return out;
  }

  /**
   * Whether a dateline's head names a place the way datelines do: an agency in parentheses or a
   * "place, region" pair, or else a dash after two words or one of five letters or more. A
   * transcript's speaker ("BLITZER: ...") and a short acronym ("NATO - The alliance met",
   * "WHO: Cases rose") open sentences this stage has no business cutting; a short place ("ROME
   * -") is left too, the price of that.
   */
  static boolean placeLike(String head) {
    String h = head.strip();
    if (h.isEmpty() || h.endsWith(":")) {
      return false;
    }
    if (h.indexOf('(') >= 0 || h.indexOf(',') >= 0) {
      return true;
    }
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (CharClass.isWhitespace(c)) {
        inWord = false;
      } else if (CharClass.isLetter(c)) {
        letters++;
        words += inWord ? 0 : 1;
        inWord = true;
      }
    }
    return words >= 2 || letters >= 5;
  }
}
