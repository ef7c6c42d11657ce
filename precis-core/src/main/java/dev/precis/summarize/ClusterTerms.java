package dev.precis.summarize;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import java.util.Arrays;

/**
 * Term statistics of a whole cluster, shared by the methods that compare sentences with the
 * cluster as one text (centroid, MMR, KL-Sum, SumBasic). Computed over every sentence, not only
 * the candidates: what the articles are about does not depend on which sentences may be quoted.
 */
final class ClusterTerms {
  private ClusterTerms() {}

  /** How often each content term occurs in the cluster, repeats counted. */
  static int[] counts(AnalyzedCluster cluster) {
    int[] counts = new int[cluster.termCount()];
    for (int s = 0; s < cluster.size(); s++) {
      for (int t : cluster.termIds(s)) {
        counts[t]++;
      }
    }
    return counts;
  }

  /** Each term's share of all the term occurrences in {@code counts} ({@link #counts}). */
  static double[] probabilities(int[] counts) {
    double total = Arrays.stream(counts).sum();
    double[] p = new double[counts.length];
    for (int t = 0; t < counts.length; t++) {
      p[t] = counts[t] / total;
    }
    return p;
  }

  /**
   * The cluster's TF-IDF centroid as MEAD defines it: a term's mean count per article times its
   * IDF (the same IDF as {@link SentenceVectors}, so dot products with sentence vectors compare
   * like with like).
   */
  static double[] centroid(AnalyzedCluster cluster, SentenceVectors vectors) {
    int[] counts = counts(cluster);
    double articles = Math.max(1, cluster.articles().size());
    double[] centroid = new double[counts.length];
    for (int t = 0; t < counts.length; t++) {
      centroid[t] = counts[t] / articles * vectors.idf(t);
    }
    return centroid;
  }
}
