package dev.precis.summarize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a summarizer chose: sentence indices of the cluster in the order chosen, a score for each
 * (the method's own scale), and what the method wants to report about the run (for example whether
 * its optimum was proven).
 */
public record Selection(List<Integer> sentences, List<Double> scores, Map<String, Object> details) {

  public Selection {
    if (sentences.size() != scores.size()) {
      throw new IllegalArgumentException("one score per sentence");
    }
    sentences = List.copyOf(sentences);
    scores = List.copyOf(scores);
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static Selection of(List<Integer> sentences, List<Double> scores) {
    return new Selection(sentences, scores, Map.of());
  }
}
