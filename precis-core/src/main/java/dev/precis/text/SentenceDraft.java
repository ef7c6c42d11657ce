package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence on its way through the {@link TextPipeline}'s stages: where it stands in its
 * article, the page's text of it, and what the stages so far made of it.
 *
 * @param start offset of the sentence in the article's text
 * @param end end offset in the article's text
 * @param paragraph index of its paragraph in the article
 * @param original the sentence as the page has it (white space folded): what furniture is
 *     judged on and what a store cuts
 * @param text the sentence as a summary would quote it, shortened by a stage or not
 * @param words its lower-cased words once {@link Words} has run, else empty
 * @param complete whether it ends as a sentence does
 * @param quotable whether a summary may quote it: false when the furniture classifier doubts it
 *     is story ({@link FurnitureFilter}), so that it still tells what the story is about but is
 *     not put before a reader as a sentence of the story
 */
public record SentenceDraft(int start, int end, int paragraph, String original, String text,
    List<String> words, boolean complete, boolean quotable) {

  public SentenceDraft {
    words = List.copyOf(words);
  }

  /** The article's story sentences ({@link StorySentences}, notices left out), not yet staged. */
  public static List<SentenceDraft> of(Article article) {
    return of(StorySentences.of(article));
  }

  /** As {@link #of(Article)}, from the article's sentences as {@link StorySentences} read them. */
  public static List<SentenceDraft> of(List<StorySentences.Sentence> read) {
    List<SentenceDraft> drafts = new ArrayList<>(read.size());
    for (StorySentences.Sentence s : read) {
      if (!s.boilerplate()) {
        drafts.add(new SentenceDraft(s.start(), s.end(), s.paragraph(), s.text(), s.text(),
            List.of(), s.complete(), true));
      }
    }
    return drafts;
  }

  /** The same sentence, quoted as {@code shorter}. */
  public SentenceDraft withText(String shorter) {
    return shorter.equals(text) ? this
        : new SentenceDraft(start, end, paragraph, original, shorter, words, complete, quotable);
  }

  /** The same sentence with its words. */
  public SentenceDraft withWords(List<String> words) {
    return new SentenceDraft(start, end, paragraph, original, text, words, complete, quotable);
  }

  /** The same sentence, which no summary may quote. */
  public SentenceDraft unquotable() {
    return quotable
        ? new SentenceDraft(start, end, paragraph, original, text, words, complete, false)
        : this;
  }

  /** As the furniture classifier reads it. */
  public PageSentence onPage() {
    return new PageSentence(original, paragraph);
  }

  /** A page's sentences as the furniture classifier reads them, in page order. */
  public static List<PageSentence> onPage(List<SentenceDraft> drafts) {
    List<PageSentence> page = new ArrayList<>(drafts.size());
    for (SentenceDraft d : drafts) {
      page.add(d.onPage());
    }
    return page;
  }
}
