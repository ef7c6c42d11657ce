package dev.precis.attribute;

import java.util.List;

/**
 * One sentence of a summary, with where it comes from and who else says it.
 *
 * @param text the sentence as the summary shows it (possibly shortened, never reworded)
 * @param articleId the article it was taken from
 * @param start offset of the sentence in that article's text
 * @param end end offset in that article's text
 * @param sources the articles that support it: its own first, then, in cluster order, every
 *     article with a near-duplicate, strongly overlapping or (English) paraphrasing sentence
 *     that states no other figure, and every copy whose version of it states no other figure
 * @param evidence the supporting sentences themselves, for highlighting
 * @param differing sentences of other articles that repeat this one with another figure, weekday
 *     or month ("at least 65 people" for "at least 62"): not support, a disagreement among the
 *     sources that a reader should know of; at most one per article, none from a source
 * @param score the method's score for it (method-specific scale)
 */
public record SummarySentence(
    String text,
    String articleId,
    int start,
    int end,
    List<String> sources,
    List<Evidence> evidence,
    List<Evidence> differing,
    double score) {

  public SummarySentence {
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
    differing = List.copyOf(differing);
  }

  /** How many articles support the sentence. */
  public int support() {
    return sources.size();
  }

  /**
   * A sentence in another article that says the same thing.
   *
   * @param articleId where it is
   * @param start its offset in that article's text
   * @param end its end offset
   * @param similarity how close it is to the summary sentence, in [0, 1]: for {@link
   *     Match#WORDING} the TF-IDF cosine or the share of content words repeated (for a copy's
   *     version of the sentence, the cosine of the two sets of words); for {@link Match#PARAPHRASE}
   *     the paraphrase model's probability
   * @param match how it was recognised
   */
  public record Evidence(String articleId, int start, int end, double similarity, Match match) {}

  /** How a supporting sentence was recognised. */
  public enum Match {
    /** Mostly the same words: a copy, a near copy, or a rewrite that keeps most content words. */
    WORDING,
    /** Other words for the same statement, recognised by the paraphrase model (English only). */
    PARAPHRASE;

    /** The name used in JSON and on the page. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
