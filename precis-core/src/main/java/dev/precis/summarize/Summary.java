package dev.precis.summarize;

import dev.precis.attribute.SummarySentence;
import dev.precis.facts.StoryFacts;
import dev.precis.text.Article;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A summary of one cluster: its sentences in reading order, how it was made, and the story's facts.
 *
 * @param method the summarization method's name
 * @param parameters every parameter that shaped the output (method, budget, pipeline)
 * @param sentences the summary, in reading order
 * @param facts people, organizations, places, dates and quotes of the story
 * @param articles the articles that went in, in cluster order (sources refer to their ids)
 * @param notes what the user should know about this run (pruning, relaxed filters)
 * @param details what the method reported (e.g. whether the optimum was proven)
 */
public record Summary(
    String method,
    Map<String, Object> parameters,
    List<SummarySentence> sentences,
    StoryFacts facts,
    List<Article> articles,
    List<String> notes,
    Map<String, Object> details) {

  public Summary {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    sentences = List.copyOf(sentences);
    articles = List.copyOf(articles);
    notes = List.copyOf(notes);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The summary's sentences, one per line: the form ROUGE and the datasets use. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (SummarySentence s : sentences) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      b.append(s.text());
    }
    return b.toString();
  }
}
