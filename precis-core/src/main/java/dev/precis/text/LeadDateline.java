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
    // at 0 the story opens the page, and reading has dealt with its dateline
    if (at == 0 || at == read.size() || read.get(at - 1).paragraph() == lead.paragraph()) {
      return kept;
    }
    int dateline = BoilerplateFilter.datelineLength(lead.text());
    String rest = lead.text().substring(dateline).strip();
    if (dateline == 0 || !Tokenizer.hasWord(rest)) {
      return kept;
    }
    List<SentenceDraft> out = new ArrayList<>(kept);
    out.set(0, lead.withText(rest));
    return out;
  }
}
