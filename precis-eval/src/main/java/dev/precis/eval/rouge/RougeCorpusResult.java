package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Averages and confidence intervals of every metric over the topics of one evaluation. */
public final class RougeCorpusResult {
  private final int topics;
  private final double confidence;
  private final Map<String, RougeAverage> averages;

  RougeCorpusResult(int topics, double confidence, Map<String, RougeAverage> averages) {
    this.topics = topics;
    this.confidence = confidence;
    this.averages = Collections.unmodifiableMap(new LinkedHashMap<>(averages));
  }

  public int topics() {
    return topics;
  }

  /** @throws PrecisException when the options did not ask for this metric */
  public RougeAverage get(String metric) {
    RougeAverage average = averages.get(metric);
    if (average == null) {
      throw new PrecisException("no " + metric + " in these ROUGE results; have " + averages.keySet());
    }
    return average;
  }

  public List<String> metrics() {
    return List.copyOf(averages.keySet());
  }

  /** The lines 1.5.5 prints, e.g. {@code ROUGE-1 Average_R: 0.38207 (95%-conf.int. 0.37200 - 0.39166)}. */
  @Override
  public String toString() {
    String level = new java.math.BigDecimal(confidence).stripTrailingZeros().toPlainString();
    StringBuilder s = new StringBuilder();
    averages.forEach((metric, a) -> {
      line(s, metric, "R", level, a.average().recall(), a.lower().recall(), a.upper().recall());
      line(s, metric, "P", level, a.average().precision(), a.lower().precision(),
          a.upper().precision());
      line(s, metric, "F", level, a.average().f(), a.lower().f(), a.upper().f());
    });
    return s.toString();
  }

  private static void line(StringBuilder s, String metric, String what, String level,
      double average, double lower, double upper) {
    s.append(metric).append(" Average_").append(what).append(": ")
        .append(PerlNumbers.format5(average)).append(" (").append(level).append("%-conf.int. ")
        .append(PerlNumbers.format5(lower)).append(" - ").append(PerlNumbers.format5(upper))
        .append(")\n");
  }
}
