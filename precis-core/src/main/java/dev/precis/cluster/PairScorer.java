package dev.precis.cluster;

import java.util.Map;

/**
 * How alike two articles are as evidence of one story, on the scorer's own scale, and the two bars
 * clustering holds that score to. One of the clusterer's methods, chosen by name in {@link
 * ClusterOptions}: {@code learned} ({@link SameStoryModel}) or {@code average-link} (the TF-IDF
 * cosine baseline, {@link CosineScorer}).
 */
interface PairScorer {
  /** The method's name, as {@link ClusterOptions#method()} gives it. */
  String name();

  /** The score of a pair; symmetric. */
  double score(ArticleVector a, ArticleContext ca, ArticleVector b, ArticleContext cb);

  /** The lowest score, given to a pair that can never be one story (outside the time window). */
  double never();

  /** Score a candidate pair needs to put its two articles in one component. */
  double linkThreshold();

  /** Mean score over all their pairs two groups of one component need to become one story. */
  double mergeThreshold();

  /** Every setting of the method, in a fixed order, for the output's record of how it was made. */
  Map<String, Object> parameters();
}
