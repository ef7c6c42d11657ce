package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one system over many topics, and their averages as ROUGE-1.5.5 reports them.
 * Only the per-topic scores are kept (three numbers per metric per topic), so memory does not
 * grow with the length of the texts. Topic order matters for the bootstrap, as in 1.5.5; results
 * are deterministic for the same topics in the same order. Not thread-safe.
 */
public final class RougeEvaluation {
  private final Rouge rouge;
  private final List<String> metrics;
  private final int columns;
  private double[] rows = new double[0];
  private int topics;

  RougeEvaluation(Rouge rouge) {
    this.rouge = rouge;
    this.metrics = rouge.metricNames();
    this.columns = metrics.size() * 3;
    this.rows = new double[columns * 64];
  }

  /** Scores one topic's peer against its models, records the scores and returns them. */
  public RougeResult add(List<String> peer, List<? extends List<String>> models) {
    RougeResult result = rouge.score(peer, models);
    add(result);
    return result;
  }

  /** Records scores computed elsewhere (for example in parallel) with the same options. */
  public void add(RougeResult result) {
    if (!result.metrics().equals(metrics)) {
      throw new PrecisException("ROUGE result has metrics " + result.metrics()
          + " but this evaluation reports " + metrics);
    }
    if ((topics + 1) * columns > rows.length) {
      rows = Arrays.copyOf(rows, Math.max((topics + 1) * columns, rows.length * 2));
    }
    int at = topics * columns;
    for (String metric : metrics) {
      RougeScore score = result.get(metric);
      rows[at++] = score.recall();
      rows[at++] = score.precision();
      rows[at++] = score.f();
    }
    topics++;
  }

  public int size() {
    return topics;
  }

  /** Averages and bootstrap confidence intervals over the topics added so far. */
  public RougeCorpusResult result() {
    RougeOptions options = rouge.options();
    Bootstrap.Estimate[] e = Bootstrap.estimate(rows, topics, columns, options.resamples(),
        options.confidence());
    Map<String, RougeAverage> averages = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      Bootstrap.Estimate r = e[3 * m];
      Bootstrap.Estimate p = e[3 * m + 1];
      Bootstrap.Estimate f = e[3 * m + 2];
      averages.put(metrics.get(m), new RougeAverage(
          new RougeScore(r.average(), p.average(), f.average()),
          new RougeScore(r.lower(), p.lower(), f.lower()),
          new RougeScore(r.upper(), p.upper(), f.upper()),
          new RougeScore(r.mean(), p.mean(), f.mean())));
    }
    return new RougeCorpusResult(topics, options.confidence(), averages);
  }
}
