package dev.precis.eval.data;

import dev.precis.text.Article;
import java.util.List;

/**
 * One cluster of an evaluation dataset: the articles to summarize and the human summaries to
 * compare with.
 *
 * @param id the cluster's id, e.g. "D30003T"
 * @param language the dataset's language label ("english"), or null when the line has none
 * @param split "train", "val" or "test" where the dataset has splits, else null
 * @param documents the articles, in dataset order
 * @param references the human summaries, each one sentence per line
 */
public record Topic(String id, String language, String split, List<Article> documents,
    List<Reference> references) {

  public Topic {
    documents = List.copyOf(documents);
    references = List.copyOf(references);
  }

  /** A human summary. */
  public record Reference(String id, String text) {

    /** The summary's sentences: its non-blank lines. */
    public List<String> sentences() {
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }
}
