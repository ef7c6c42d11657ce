package dev.precis.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The baseline: the TF-IDF cosine of two articles' terms (log tf times IDF from the stream), one
 * threshold for both links and merges, so clustering is plain average-link agglomeration. Kept so
 * that every table of clustering figures has the same reference row.
 *
 * <pre>{@code
 * ClusterOptions.defaults().withMethod("average-link").withThreshold(0.10)
 * }</pre>
 */
final class CosineScorer implements PairScorer {
  /** Threshold of the baseline, tuned on DUC 2003 task 2 alone (README, "Stories"). */
  static final double DEFAULT_THRESHOLD = 0.10;

  private final double threshold;

  CosineScorer(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "average-link";
  }

  @Override
  public double score(ArticleVector a, ArticleContext ca, ArticleVector b, ArticleContext cb) {
    return a.terms().dot(b.terms());
  }

  @Override
  public double never() {
    return -1;
  }

  @Override
  public double linkThreshold() {
    return threshold;
  }

  @Override
  public double mergeThreshold() {
    return threshold;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("similarity", "tf-idf cosine of terms");
    p.put("threshold", threshold);
    return p;
  }
}
