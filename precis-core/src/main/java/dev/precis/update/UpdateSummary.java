package dev.precis.update;

import dev.precis.summarize.Summary;

/**
 * What is new in a story for a reader who has read part of it.
 *
 * @param summary the update summary of the new articles, or null when nothing is new
 * @param since when the reader last read the story, or null when the seen part was given as texts
 * @param newArticles articles summarized as new
 * @param seenArticles articles and texts read as already seen
 * @param undatedArticles of the new articles, those without a readable date (they count as new)
 * @param message one line for the reader: what is new, or that nothing is
 */
public record UpdateSummary(Summary summary, String since, int newArticles, int seenArticles,
    int undatedArticles, String message) {

  /** Whether no article is new, so there is no summary. */
  public boolean nothingNew() {
    return summary == null;
  }
}
