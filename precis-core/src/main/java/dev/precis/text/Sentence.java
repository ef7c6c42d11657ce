package dev.precis.text;

import java.util.List;

/**
 * One sentence of one article, with its analysis.
 *
 * @param index position of this sentence among all sentences of the cluster (0-based)
 * @param articleIndex which article of the cluster it comes from (0-based)
 * @param articleId that article's id
 * @param position position of the sentence within its article (0-based, after boilerplate removal)
 * @param start offset of the first character in the article's text
 * @param end offset after the last character in the article's text
 * @param text the sentence as it appears in the article (white space folded)
 * @param words the sentence's word tokens, lower-cased, punctuation dropped; what length budgets count
 * @param terms content terms: stemmed words without stop words; what summarizers compare
 * @param complete whether the sentence ends as a sentence does (final punctuation); web copy is
 *     often cut mid-sentence, and a summary must not quote a fragment
 * @param quotable whether a summary may quote it: false for a sentence the furniture classifier
 *     doubts is story (a likely caption or promotion it did not drop); such a sentence still
 *     counts for what the articles say
 */
public record Sentence(
    int index,
    int articleIndex,
    String articleId,
    int position,
    int start,
    int end,
    String text,
    List<String> words,
    List<String> terms,
    boolean complete,
    boolean quotable) {

  public Sentence {
    words = List.copyOf(words);
    terms = List.copyOf(terms);
  }

  /** Number of white-space separated words, the way ROUGE's {@code -l} and our budgets count. */
  public int wordCount() {
    return WordCount.of(text);
  }
}
