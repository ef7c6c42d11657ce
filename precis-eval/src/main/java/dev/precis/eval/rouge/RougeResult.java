package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores of one peer, by metric name ("ROUGE-1", "ROUGE-L", "ROUGE-SU4", ...). */
public final class RougeResult {
  private final Map<String, RougeScore> scores;

  RougeResult(List<String> names, RougeScore[] values) {
    Map<String, RougeScore> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names.get(i), values[i]);
    }
    this.scores = Collections.unmodifiableMap(map);
  }

  /** @throws PrecisException when the options did not ask for this metric */
  public RougeScore get(String metric) {
    RougeScore score = scores.get(metric);
    if (score == null) {
      throw new PrecisException("no " + metric + " in these ROUGE results; have " + scores.keySet());
    }
    return score;
  }

  /** Metric names in 1.5.5's order. */
  public List<String> metrics() {
    return List.copyOf(scores.keySet());
  }

  /** All scores in 1.5.5's order. */
  public Map<String, RougeScore> asMap() {
    return scores;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    scores.forEach((name, score) -> s.append(name).append(' ').append(score).append('\n'));
    return s.toString();
  }
}
